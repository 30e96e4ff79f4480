/** Hashes of a built site's files, for comparing two builds file by file. */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every file's sha256 under `dir`, by `/`-separated path relative to it, sorted by path. */
export function fileHashes(dir: string): Record<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return Object.fromEntries(
    files
      .map((entry) => join(entry.parentPath, entry.name))
      .map((path): [string, string] => [
        relative(dir, path).split(sep).join('/'),
        createHash('sha256').update(readFileSync(path)).digest('hex'),
      ])
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}
