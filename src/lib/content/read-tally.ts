/**
 * How many times each article file was read and parsed in this process: the reader
 * (read-content.ts) counts, and the build reports it (content-guard.ts) so that a second
 * reader of the same files shows as a count of 2. One tally per process, on `globalThis`:
 * Astro loads the loader and the pages as module instances of their own.
 */

/** Reads and parses of one file. */
export interface FileCount {
  reads: number;
  parses: number;
}

const KEY = Symbol.for('letopis.read-tally');

/** The process's tally, by absolute file path. */
export function readTally(): Map<string, FileCount> {
  const global = globalThis as { [KEY]?: Map<string, FileCount> };
  global[KEY] ??= new Map();
  return global[KEY];
}

/** Counts one read (and `parsed`: one parse) of `path`. */
export function countRead(path: string, parsed: boolean): void {
  const tally = readTally();
  const count = tally.get(path) ?? { reads: 0, parses: 0 };
  count.reads += 1;
  if (parsed) count.parses += 1;
  tally.set(path, count);
}

/**
 * The build's line about the article files at `paths`: each read and parsed once, or which were
 * not; `once` tells which, so a caller can warn.
 */
export function tallyLine(paths: readonly string[]): { line: string; once: boolean } {
  const tally = readTally();
  const off = paths.filter((path) => {
    const count = tally.get(path);
    return count?.reads !== 1 || count.parses !== 1;
  });
  const files = `${paths.length} article file${paths.length === 1 ? '' : 's'}`;
  if (off.length === 0) return { line: `content: ${files}, each read and parsed once`, once: true };
  const shown = off
    .slice(0, 3)
    .map((path) => {
      const count = tally.get(path) ?? { reads: 0, parses: 0 };
      return `${path} (${count.reads} reads, ${count.parses} parses)`;
    })
    .join(', ');
  return {
    line: `content: ${files}, ${off.length} not read and parsed exactly once: ${shown}${off.length > 3 ? ', …' : ''}`,
    once: false,
  };
}
