/**
 * A map kept between builds in one JSON file (in Astro's cache folder), for results that are
 * slow to compute and depend on one input file each (article texts). Entries are keyed by a
 * digest of their input; the whole file is dropped when the code that made them changes
 * (`code`, see code-digest.ts). Saving keeps exactly the entries set this run, so
 * deleted files leave the cache, and writes the file atomically.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

interface CacheFile<V> {
  code: string;
  entries: Record<string, V>;
}

export class JsonCache<V> {
  readonly #path: string;
  readonly #code: string;
  readonly #previous: Record<string, V>;
  readonly #next: Record<string, V> = {};

  /** Reads `path` if it exists and was written by the same `code`; else starts empty. */
  constructor(path: string, code: string) {
    this.#path = path;
    this.#code = code;
    let previous: Record<string, V> = {};
    try {
      const file = JSON.parse(readFileSync(path, 'utf8')) as CacheFile<V>;
      if (file.code === code) previous = file.entries;
    } catch {
      // No cache yet, or an unreadable one: everything is computed again.
    }
    this.#previous = previous;
  }

  /** The value saved for `key` by the previous run. */
  get(key: string): V | undefined {
    return Object.hasOwn(this.#previous, key) ? this.#previous[key] : undefined;
  }

  /** Keeps `value` for the next run. */
  set(key: string, value: V): void {
    this.#next[key] = value;
  }

  /** Writes what this run set, replacing the file in one step. */
  save(): void {
    mkdirSync(dirname(this.#path), { recursive: true });
    const temporary = join(dirname(this.#path), `.${basename(this.#path)}.${process.pid}.tmp`);
    writeFileSync(
      temporary,
      JSON.stringify({ code: this.#code, entries: this.#next } satisfies CacheFile<V>),
    );
    renameSync(temporary, this.#path);
  }
}
