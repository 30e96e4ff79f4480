/**
 * Hard-links files under one folder into another, making the folders they need: the output
 * gets the cache's files at the cost of a directory entry each, not a copy (see
 * src/build/link-cached-pages.ts for what that saves).
 */
import { existsSync, linkSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';

/**
 * Links the files under `from` into `to`: those at `paths` (relative to both folders; one
 * missing from `from` is skipped), or every file when `paths` is not given (a missing `from`
 * links nothing). Listing the paths spares a walk of a folder of 70,000 files. Stops at the
 * first file it cannot link (another file system, one without hard links) and says why in
 * `failure`; `linked` are the paths linked.
 */
export function linkFiles(
  from: string,
  to: string,
  paths: Iterable<string> = allFiles(from),
): { linked: string[]; failure?: string } {
  const linked: string[] = [];
  const made = new Set<string>();
  for (const path of paths) {
    const target = join(to, path);
    const folder = dirname(target);
    try {
      if (!made.has(folder)) mkdirSync(folder, { recursive: true });
      made.add(folder);
      linkSync(join(from, path), target);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT' && !existsSync(join(from, path))) continue;
      return { linked, failure: error instanceof Error ? error.message : String(error) };
    }
    linked.push(normalize(path));
  }
  return { linked };
}

function allFiles(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)));
}
