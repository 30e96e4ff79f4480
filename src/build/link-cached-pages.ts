/**
 * Puts the pages Astro's incremental build kept from the last build (those its manifest
 * records) into the fresh output folder as hard links to its cache copies, before Astro
 * renders (run by src/integrations/cached-pages.ts). Astro restores a page it reuses by copying
 * it from the cache (`fs.copyFile`: 1.3–1.8 ms a file on our build machine, 58 s for the 44,606 pages a 20,000-article rebuild
 * reuses) and leaves a page already in the output as it is; a link costs ~0.02 ms
 * (src/lib/link-files.ts). A page Astro renders again replaces its link (page-writes.ts).
 * After the build the links to pages the site no longer has (a deleted article, one
 * pagination page fewer) are removed, so the output holds exactly what a clean build writes
 * (tests/integration/incremental-build.test.ts).
 *
 * Every cache copy is checked first against the digest recorded when it was written
 * (file-digest.ts, `PAGE_DIGESTS_FILE`): a copy that is missing, cut short or changed, or has
 * no digest, is deleted, so Astro renders its page again instead of reusing it. Without a
 * readable record of digests no copy is reused. Measured at 5,000 articles: reading and
 * hashing the 13,294 copies (212 MiB) took 0.28 s on a quiet machine, 0.9–1.5 s on a busy one,
 * where linking them took 3.5–17 s (decision 0032).
 *
 * Output and cache share these files until the next build: edit pages by rebuilding, not in
 * `dist/` (an edit there changes the cached copy too, which the next build then renders again).
 */
import { existsSync, readdirSync, renameSync, rmdirSync, rmSync, statSync, unlinkSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { isStringRecord, readCacheJson, writeCacheFile, type Warn } from '../lib/cache-file.ts';
import type { Digest, Hasher } from '../lib/file-digest.ts';
import { CACHED_OUTPUT, MANIFEST_FILE, recordedOutputFiles } from '../lib/incremental-manifest.ts';
import { linkFiles } from '../lib/link-files.ts';
import { OLD_OUTPUT_PREFIX } from './output-swap.ts';

/** The digest of every cache copy, by its path, as written (in the cache folder). */
export const PAGE_DIGESTS_FILE = 'letopis-page-digests.json';

/** What was found in the cache and linked. */
export interface CachedPages {
  /** The paths linked into the output. */
  linked: string[];
  /** The digest of each copy that matched it. */
  verified: Map<string, Digest>;
  /** The copies that did not match their digest (or had none): deleted, rendered again. */
  damaged: string[];
  /** How many copies were set aside whole because no digests could be read: rendered again. */
  discarded: number;
  /** Folders of set-aside copies (this build's and stopped builds'), to delete. */
  setAside: string[];
  /** Why linking stopped, if it did (Astro then copies the rest). */
  failure?: string;
  /** How long checking the copies took, and linking them. */
  checkMs: number;
  linkMs: number;
}

/**
 * Removes the linked files the build neither recorded (`kept`, relative paths) nor wrote over
 * (a route that lost its cache key is rendered over its link, and not recorded), and the
 * folders that leaves empty; returns how many files were removed.
 */
export function removeUnrecorded(
  outDir: string,
  linked: readonly string[],
  kept: ReadonlySet<string>,
  buildStartMs: number,
): number {
  let removed = 0;
  for (const path of linked) {
    const file = join(outDir, path);
    if (kept.has(path.split(sep).join('/')) || statSync(file).mtimeMs >= buildStartMs) continue;
    unlinkSync(file);
    removed += 1;
    for (let folder = dirname(file); folder !== outDir && isEmpty(folder); folder = dirname(folder))
      rmdirSync(folder);
  }
  return removed;
}

function isPageDigests(json: unknown): json is { pages: Record<string, Digest> } {
  return isStringRecord((json as { pages?: unknown } | null)?.pages);
}

/**
 * Checks the copies the last build's manifest in `cacheDir` records against their digests and
 * links those that match into `outDir`; nothing without a manifest, since Astro then reuses no
 * page. A damaged manifest or record of digests is reported to `warn`.
 */
export function linkCachedPages(cacheDir: string, outDir: string, hasher: Hasher, warn: Warn): CachedPages {
  const aside = `${OLD_OUTPUT_PREFIX}${CACHED_OUTPUT}-`;
  const setAside = existsSync(cacheDir)
    ? readdirSync(cacheDir)
        .filter((name) => name.startsWith(aside))
        .map((name) => join(cacheDir, name))
    : [];
  const result: CachedPages = {
    linked: [],
    verified: new Map(),
    damaged: [],
    discarded: 0,
    setAside,
    checkMs: 0,
    linkMs: 0,
  };
  const manifest = join(cacheDir, MANIFEST_FILE);
  const digestsFile = join(cacheDir, PAGE_DIGESTS_FILE);
  const digests = readCacheJson(digestsFile, 'every page is rendered again', warn, isPageDigests)?.pages;
  if (!existsSync(manifest)) return result;
  const recorded = readRecordedFiles(manifest, warn);
  const copies = join(cacheDir, CACHED_OUTPUT);
  if (!recorded || !digests) {
    // Astro would reuse any copy it finds: with nothing to check them against, none is left.
    if (!existsSync(copies)) return result;
    const folder = join(cacheDir, `${aside}${process.pid}-${Date.now()}`);
    renameSync(copies, folder);
    return { ...result, discarded: recorded?.size ?? 0, setAside: [...setAside, folder] };
  }
  const checking = performance.now();
  for (const path of recorded) {
    const digest = digests[path];
    if (digest !== undefined && hasher.matches(join(copies, path), digest)) {
      result.verified.set(path, digest);
    } else {
      result.damaged.push(path);
      rmSync(join(copies, path), { force: true });
    }
  }
  const linking = performance.now();
  const { linked, failure } = linkFiles(copies, outDir, result.verified.keys());
  const [checkMs, linkMs] = [linking - checking, performance.now() - linking].map(Math.round) as [
    number,
    number,
  ];
  return { ...result, linked, checkMs, linkMs, ...(failure ? { failure } : {}) };
}

/**
 * After the build: removes the links of `linked` to pages this build's manifest no longer
 * records (`removeUnrecorded`), and records the digest of every page it records, from
 * `written` (the copies written this build) or `verified` (those checked before it); returns
 * how many links were removed and how many recorded pages have no digest (they are rendered
 * again next time). Fails when the manifest was not written by this build (started at
 * `buildStartMs`), which alone says which pages the site still has.
 */
export function finishCachedPages(
  cacheDir: string,
  outDir: string,
  pages: Pick<CachedPages, 'linked' | 'verified'>,
  written: ReadonlyMap<string, Digest>,
  buildStartMs: number,
): { removed: number; undigested: number } {
  const manifest = join(cacheDir, MANIFEST_FILE);
  const recorded =
    existsSync(manifest) && statSync(manifest).mtimeMs >= buildStartMs - 1000
      ? readRecordedFiles(manifest, (line) => {
          throw new Error(line);
        })
      : undefined;
  if (!recorded)
    throw new Error(
      `${manifest} was not written by this build, so the pages linked from the cache cannot be checked ` +
        'against it. Fix: delete the output folder and the cache folder and build again.',
    );
  const removed = removeUnrecorded(outDir, pages.linked, recorded, buildStartMs);
  const digests: Record<string, Digest> = {};
  let undigested = 0;
  for (const path of recorded) {
    const digest = written.get(path) ?? pages.verified.get(path);
    if (digest === undefined) undigested += 1;
    else digests[path] = digest;
  }
  writeCacheFile(join(cacheDir, PAGE_DIGESTS_FILE), JSON.stringify({ pages: digests }));
  return { removed, undigested };
}

/** The pages a manifest records; `undefined` (after a warning) when it cannot be read. */
function readRecordedFiles(manifest: string, warn: Warn): Set<string> | undefined {
  const json = readCacheJson(manifest, 'every page is rendered again', warn);
  if (json === undefined) return undefined;
  try {
    return recordedOutputFiles(json);
  } catch (error) {
    warn(`${manifest}: ${(error as Error).message}`);
    return undefined;
  }
}

function isEmpty(folder: string): boolean {
  return readdirSync(folder).length === 0;
}
