/**
 * Puts the pages Astro's incremental build kept from the last build (those its manifest
 * records) into the fresh output folder as hard links to its cache copies, before Astro
 * renders (run by src/integrations/cached-pages.ts). Astro restores a page it reuses by copying
 * it from the cache (`fs.copyFile`: 1.3–1.8 ms a file on our build machine, 58 s for the 44,606 pages a 20,000-article rebuild
 * reuses) and leaves a page already in the output as it is; a link costs ~0.02 ms
 * (src/lib/link-files.ts). A page Astro renders again is written over its link, which writes
 * the cache copy too, as Astro itself does next. After the build the links to pages the site
 * no longer has (a deleted article, one pagination page fewer) are removed, so the output
 * holds exactly what a clean build writes (tests/integration/incremental-build.test.ts).
 *
 * Output and cache share these files until the next build: edit pages by rebuilding, not in
 * `dist/` (an editor that writes a file in place would change the cached copy too).
 */
import { existsSync, readFileSync, readdirSync, rmdirSync, statSync, unlinkSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { CACHED_OUTPUT, MANIFEST_FILE, recordedOutputFiles } from '../lib/incremental-manifest.ts';
import { linkFiles } from '../lib/link-files.ts';

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

/**
 * Links the pages the last build's manifest in `cacheDir` records from the cache into `outDir`
 * (relative paths of the links made, and why linking stopped if it did); nothing without a
 * manifest, since Astro then reuses no page.
 */
export function linkCachedPages(cacheDir: string, outDir: string): { linked: string[]; failure?: string } {
  const lastManifest = join(cacheDir, MANIFEST_FILE);
  if (!existsSync(lastManifest)) return { linked: [] };
  return linkFiles(join(cacheDir, CACHED_OUTPUT), outDir, readRecordedFiles(lastManifest));
}

/**
 * After the build: removes the links of `linked` to pages this build's manifest no longer
 * records (`removeUnrecorded`); returns how many. Fails when the manifest was not written by
 * this build (started at `buildStartMs`), which alone says which pages the site still has.
 */
export function removeDroppedPages(
  cacheDir: string,
  outDir: string,
  linked: readonly string[],
  buildStartMs: number,
): number {
  const manifest = join(cacheDir, MANIFEST_FILE);
  if (!existsSync(manifest) || statSync(manifest).mtimeMs < buildStartMs - 1000)
    throw new Error(
      `${manifest} was not written by this build, so the pages linked from the cache cannot be checked ` +
        'against it. Fix: delete the output folder and the cache folder and build again.',
    );
  return removeUnrecorded(outDir, linked, readRecordedFiles(manifest), buildStartMs);
}

function readRecordedFiles(manifest: string): Set<string> {
  return recordedOutputFiles(JSON.parse(readFileSync(manifest, 'utf8')));
}

function isEmpty(folder: string): boolean {
  return readdirSync(folder).length === 0;
}
