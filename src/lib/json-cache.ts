/**
 * A map kept between builds in one JSON file (in Astro's cache folder), for results that are
 * slow to compute and depend on one input file each (article texts). Entries are keyed by a
 * digest of their input; the whole file is dropped when the code that made them changes
 * (`code`, see code-digest.ts), and with a warning when it is damaged (cache-file.ts). Saving
 * keeps exactly the entries set this run, so deleted files leave the cache, and writes the
 * file atomically.
 */
import { readCacheJson, writeCacheFile, type Warn } from './cache-file.ts';

interface CacheFile<V> {
  code: string;
  entries: Record<string, V>;
}

function isCacheFile<V>(json: unknown): json is CacheFile<V> {
  const file = json as Partial<CacheFile<V>> | null;
  return (
    typeof file?.code === 'string' &&
    typeof file.entries === 'object' &&
    file.entries !== null &&
    !Array.isArray(file.entries)
  );
}

export class JsonCache<V> {
  readonly #path: string;
  readonly #code: string;
  readonly #previous: Record<string, V>;
  readonly #next: Record<string, V> = {};

  /**
   * Reads `path` if it exists and was written by the same `code`; else starts empty. A file
   * that is there but unreadable is reported to `warn`, saying that `consequence` follows.
   */
  constructor(
    path: string,
    code: string,
    warn: Warn = () => {},
    consequence = 'every entry is computed again',
  ) {
    this.#path = path;
    this.#code = code;
    const file = readCacheJson(path, consequence, warn, isCacheFile<V>);
    this.#previous = file?.code === code ? file.entries : {};
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
    writeCacheFile(
      this.#path,
      JSON.stringify({ code: this.#code, entries: this.#next } satisfies CacheFile<V>),
    );
  }
}
