/**
 * Hard-links every file under one folder into another, making the folders it needs: the
 * output gets the cache's files at the cost of a directory entry each, not a copy (see
 * src/integrations/cached-pages.ts for what that saves).
 */
import { existsSync, linkSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/**
 * Links every file under `from` into `to` (a missing `from` links nothing). Stops at the first
 * file it cannot link (another file system, one without hard links) and says why in `failure`;
 * `linked` are the paths linked, relative to both folders.
 */
export function linkFiles(from: string, to: string): { linked: string[]; failure?: string } {
  if (!existsSync(from)) return { linked: [] };
  const linked: string[] = [];
  const made = new Set<string>();
  for (const entry of readdirSync(from, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = relative(from, join(entry.parentPath, entry.name));
    const target = join(to, path);
    const folder = dirname(target);
    try {
      if (!made.has(folder)) mkdirSync(folder, { recursive: true });
      made.add(folder);
      linkSync(join(from, path), target);
    } catch (error) {
      return { linked, failure: error instanceof Error ? error.message : String(error) };
    }
    linked.push(path);
  }
  return { linked };
}
