/**
 * Puts the finished search index into the output folder (never into `public/`): the bundles at
 * `pagefind/`, the entity bundle at its root (so `pagefind/pagefind.js` loads it) and the year
 * shards at `pagefind/shards/<years>/`, listed in `pagefind/shards.json` for the search page to
 * add with `pagefind.mergeIndex()`, with the word directory's split prefixes; the name and date
 * lists at `search/lists/`, the word directory at `search/words/`.
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { linkFiles } from '../../lib/link-files.ts';
import { LISTS_FOLDER } from '../shared/list-format.ts';
import { ENTITY_BUNDLE, type ShardManifest } from '../shared/shards.ts';
import { WORDS_FOLDER } from '../shared/word-directory.ts';
import type { SearchJobReport } from './search-job.ts';

/**
 * Writes the finished bundles and lists of `report` into `outDir`; `firstPages` goes into the
 * manifest for the search page (`SearchJobOptions.firstPages`).
 */
export function installBundles(report: SearchJobReport, outDir: string, firstPages: number): void {
  const root = join(outDir, 'pagefind');
  rmSync(root, { recursive: true, force: true });
  rmSync(join(outDir, LISTS_FOLDER), { recursive: true, force: true });
  rmSync(join(outDir, WORDS_FOLDER), { recursive: true, force: true });
  for (const bundle of report.bundles) {
    // Linked, not copied (27,000 files at 20,000 articles): a cached bundle is never written
    // again, a re-indexed one is written afresh (search-job.ts).
    installFolder(bundle.cachedPath, join(root, bundle.folder));
  }
  const manifest: ShardManifest = {
    shards: report.bundles
      .filter((bundle) => bundle.name !== ENTITY_BUNDLE)
      .map((bundle) => ({
        name: bundle.name,
        path: bundle.folder,
        pages: bundle.records,
        years: [bundle.years[0] ?? '', bundle.years.at(-1) ?? ''],
      })),
    words: { split: report.words.split },
    firstPages,
  };
  mkdirSync(root, { recursive: true });
  writeFileSync(join(root, 'shards.json'), `${JSON.stringify(manifest)}\n`);
  installFolder(report.lists.path, join(outDir, LISTS_FOLDER));
  installFolder(report.words.path, join(outDir, WORDS_FOLDER));
}

/** Links a finished folder of the cache into the output (copies it where links fail). */
function installFolder(cached: string, target: string): void {
  const { linked, failure } = linkFiles(cached, target);
  if (failure) {
    // The links made so far go first (copying onto a link to the same file fails).
    for (const path of linked) rmSync(join(target, path));
    cpSync(cached, target, { recursive: true });
  }
}
