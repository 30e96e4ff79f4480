/**
 * Counting the reads of files a whole process makes, its worker threads included: the Node
 * option that loads count-file-reads.ts, and the counts from its log.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The `--import` option that logs every read of a file under `under` to `log`. */
export function readCountArgument(under: string, log: string): string {
  const preload = pathToFileURL(join(import.meta.dirname, 'count-file-reads.ts'));
  preload.searchParams.set('under', under);
  preload.searchParams.set('log', log);
  return `--import=${preload.href}`;
}

/** How many times each file was read, from the log (no log: nothing was read). */
export function readsLogged(log: string): Map<string, number> {
  const counts = new Map<string, number>();
  if (!existsSync(log)) return counts;
  for (const path of readFileSync(log, 'utf8').split('\n').filter(Boolean))
    counts.set(path, (counts.get(path) ?? 0) + 1);
  return counts;
}
