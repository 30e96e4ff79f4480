/**
 * Which pages have passed the inline-code check, by file identity, so that a rebuild reads only
 * the pages it wrote. A page an incremental build reuses is a link to the same cache file as in
 * the last build (src/build/link-cached-pages.ts): same inode, size and modification time; a
 * page written again gets a new modification time. A record belongs to one checker (its code
 * and the allowed scripts): under another, or unreadable, it says nothing passed.
 */
import { createHash } from 'node:crypto';
import { z } from 'astro/zod';

const recordSchema = z.object({
  /** What checked the pages: `checkerKey` of the checker's code and allowed scripts. */
  checker: z.string(),
  /** Per page (a `/`-separated path relative to the output folder), the `fileStamp` that passed. */
  pages: z.record(z.string(), z.string()),
});

/** A record of the pages that passed, as written to the cache folder. */
export type CheckedPagesRecord = z.infer<typeof recordSchema>;

/** The parts of `fs.Stats` that tell one version of a file from another. */
export interface FileIdentity {
  ino: number;
  size: number;
  mtimeMs: number;
}

/** A file's identity as one string. */
export function fileStamp(file: FileIdentity): string {
  return `${file.ino}:${file.size}:${file.mtimeMs}`;
}

/** A short hash naming a checker: the texts of its code and of the scripts it allows. */
export function checkerKey(parts: readonly string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex').slice(0, 16);
}

/**
 * The pages a record's text says passed under `checker`: none when the text is missing, another
 * checker's, or unreadable (then `unreadable` is told why: a damaged record, not a new checker).
 */
export function passedPages(
  text: string | undefined,
  checker: string,
  unreadable: (reason: string) => void = () => {},
): ReadonlyMap<string, string> {
  if (text === undefined) return new Map();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    unreadable(error instanceof Error ? error.message : String(error));
    return new Map();
  }
  const record = recordSchema.safeParse(parsed);
  if (!record.success) unreadable('not the shape this build writes');
  if (!record.success || record.data.checker !== checker) return new Map();
  return new Map(Object.entries(record.data.pages));
}

/** The pages (path → stamp) whose file is not the one that passed. */
export function pagesToCheck(
  stamps: ReadonlyMap<string, string>,
  passed: ReadonlyMap<string, string>,
): string[] {
  return [...stamps].filter(([path, stamp]) => passed.get(path) !== stamp).map(([path]) => path);
}

/** The record of a check every page (path → stamp) passed. */
export function checkedPagesRecord(checker: string, stamps: ReadonlyMap<string, string>): CheckedPagesRecord {
  return { checker, pages: Object.fromEntries(stamps) };
}
