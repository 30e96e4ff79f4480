/**
 * The manifests a build keeps in its cache folder (Astro's incremental-build manifest, the page
 * and bundle digests, the lists' manifest, the text and content-check caches): read so that a
 * damaged one (truncated by a killed build or a full disk, garbled) means a full build of what it
 * describes with one warning that names the file, never a failed or an empty build; written
 * whole and then renamed into place, so a stopped build leaves the old file or the new one.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative } from 'node:path';

/** Receives one line to show as a warning. */
export type Warn = (line: string) => void;

/** The warning for a cache file that is there but cannot be used. */
export function unreadableCacheFile(file: string, reason: string, consequence: string): string {
  const shown = relative(process.cwd(), file);
  const name = shown.startsWith('..') || isAbsolute(shown) ? file : shown;
  return `${name} is unreadable (${reason.split('\n')[0]}): ${consequence}; the build writes it anew`;
}

/**
 * The parsed JSON of `file`, or `undefined` when there is none yet (silently) or when it cannot
 * be read or parsed, or `accept` rejects it (after one `warn` naming the file and
 * `consequence`, what is built again for it).
 */
export function readCacheJson<T>(
  file: string,
  consequence: string,
  warn: Warn,
  accept: (json: unknown) => json is T = (json: unknown): json is T => json !== null,
): T | undefined {
  if (!existsSync(file)) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    warn(unreadableCacheFile(file, error instanceof Error ? error.message : String(error), consequence));
    return undefined;
  }
  if (accept(json)) return json;
  warn(unreadableCacheFile(file, 'not the shape this build writes', consequence));
  return undefined;
}

/** Whether `value` is a plain object whose values are all strings. */
export function isStringRecord(value: unknown): value is Record<string, string> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every((entry) => typeof entry === 'string')
  );
}

/** Writes `text` to `file` whole, then moves it into place. */
export function writeCacheFile(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  writeFileSync(temporary, text);
  renameSync(temporary, file);
}
