/**
 * What Astro writes while it renders, watched through `fs.promises.writeFile` (Astro 7 writes
 * every page and its cache copy with it: core/build/generate.js, core/build/incremental.js):
 *
 * - A file under the watched folders is written as a new file, its old name unlinked first.
 *   Reused pages are hard links shared by Astro's cache, the output being built and the output
 *   being served (decision 0012); Astro writes a page it renders again in place, which would
 *   change the served page before the build has finished, and leave it cut short if the build
 *   is killed while writing.
 * - The digest of every cache copy written is recorded (file-digest.ts), from the bytes in
 *   memory, so a later build can tell the copy from a damaged one without a second read.
 *
 * Only while watching: `stop()` puts the original function back.
 */
import fs from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Digest, Hasher } from '../lib/file-digest.ts';

/** A watch under way. */
export interface PageWrites {
  /** The digest of each file written under the copies' folder, by `/`-separated path relative to it. */
  readonly digests: ReadonlyMap<string, Digest>;
  /** Ends the watch. */
  stop(): void;
}

type WriteFile = typeof fs.promises.writeFile;

function pathOf(file: unknown): string | undefined {
  if (typeof file === 'string') return file;
  if (file instanceof URL && file.protocol === 'file:') return fileURLToPath(file);
  return undefined;
}

function bytesOf(data: unknown, options: unknown): string | Uint8Array | undefined {
  const encoding =
    typeof options === 'string' ? options : (options as { encoding?: string } | undefined)?.encoding;
  if (typeof data === 'string')
    return encoding === undefined || /^utf-?8$/i.test(encoding) ? data : undefined;
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  return undefined;
}

/**
 * Watches the writes under `folders` (absolute paths) until `stop()`, recording the digests of
 * those under `copies` (one of them).
 */
export function watchPageWrites(folders: readonly string[], copies: string, hasher: Hasher): PageWrites {
  const original: WriteFile = fs.promises.writeFile;
  const digests = new Map<string, Digest>();
  const roots = folders.map((folder) => resolve(folder) + sep);
  const copiesRoot = resolve(copies) + sep;
  const watched: WriteFile = async (file, data, options) => {
    const path = pathOf(file);
    if (path !== undefined && roots.some((root) => path.startsWith(root))) {
      await fs.promises.unlink(path).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') throw error;
      });
      if (path.startsWith(copiesRoot)) {
        const bytes = bytesOf(data, options);
        const key = relative(copies, path).split(sep).join('/');
        if (bytes === undefined) digests.delete(key);
        else digests.set(key, hasher.digest(bytes));
      }
    }
    return original(file, data, options);
  };
  fs.promises.writeFile = watched;
  return {
    digests,
    stop: () => {
      if (fs.promises.writeFile === watched) fs.promises.writeFile = original;
    },
  };
}
