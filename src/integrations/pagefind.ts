/**
 * The search index as an Astro integration. The index is built from the content, not from the
 * built pages (search-job.ts), so it starts as soon as the content has passed validation and
 * runs in a worker thread, on the second core, while Astro syncs, bundles and renders; at
 * `astro:build:done` the integration waits for it, fails the build on any indexing error,
 * links the bundles into `<outDir>/pagefind/` (never into `public/`) and logs what it did.
 *
 * Layout: `pagefind/` is the people, places and sources bundle (so `pagefind/pagefind.js`
 * loads it); the year shards are `pagefind/shards/<years>/`, listed in `pagefind/shards.json`
 * for the search page to add with `pagefind.mergeIndex()`.
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { ENTITY_BUNDLE, type ShardManifest } from '../search/shared/shards.ts';
import { LISTS_FOLDER, MAX_LIST_ITEMS } from '../search/shared/list-format.ts';
import { linkFiles } from '../lib/link-files.ts';
import { SearchIndexError } from '../search/build/pagefind-bundle.ts';
import type { SearchJobOptions, SearchJobReport } from '../search/build/search-job.ts';
import type { ArticleForPage } from '../lib/markdown/prepare-article.ts';
import { collectGarbage } from '../build/collect-garbage.ts';
import { preparedArticleShelf } from '../lib/markdown/prepared-article-shelf.ts';

type Settled = { report: SearchJobReport } | { error: Error };
type JobMessage = { prepared: { id: string; article: ArticleForPage } } | { report: SearchJobReport };

/** Starts the search job in a worker; the promise never rejects (a failure is a value). */
function startJob(options: SearchJobOptions): { settled: Promise<Settled>; worker: Worker } {
  const worker = new Worker(new URL('../search/build/search-job-worker.ts', import.meta.url), {
    workerData: options,
  });
  // A build that fails elsewhere must not wait for the index to finish before it exits.
  worker.unref();
  const settled = new Promise<Settled>((done) => {
    // Articles the job rendered go on the shelf the article pages take them from.
    const shelf = preparedArticleShelf();
    worker.on('message', (message: JobMessage) => {
      if ('prepared' in message) shelf.put(message.prepared.id, message.prepared.article);
      else done({ report: message.report });
    });
    worker.once('error', (error: Error) => done({ error }));
    worker.once('exit', (code) =>
      done({ error: new SearchIndexError(`the search index worker exited with code ${code}`) }),
    );
  });
  return { settled, worker };
}

/** Writes the finished bundles into the output folder, the entity bundle at the root. */
function installBundles(report: SearchJobReport, outDir: string): void {
  const root = join(outDir, 'pagefind');
  rmSync(root, { recursive: true, force: true });
  rmSync(join(outDir, LISTS_FOLDER), { recursive: true, force: true });
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
  };
  mkdirSync(root, { recursive: true });
  writeFileSync(join(root, 'shards.json'), `${JSON.stringify(manifest)}\n`);
  installFolder(report.lists.path, join(outDir, LISTS_FOLDER));
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

/**
 * The integration. `contentRoot` is the content folder relative to the project (as for the
 * content guard, which must run first: the job reads content that passed validation). Year
 * shards hold at most `LETOPIS_SEARCH_SHARD_PAGES` articles (default 3,500); up to
 * `LETOPIS_SEARCH_CONCURRENCY` bundles (default 2) are indexed at once while together they
 * hold at most `LETOPIS_SEARCH_PAGES_IN_FLIGHT` records (default: one full shard); an index
 * chunk holds `LETOPIS_SEARCH_INDEX_CHUNK` word positions (default 5,000); a name or date list
 * holds up to `LETOPIS_SEARCH_LIST_ITEMS` articles whole (default 400), a longer one its first
 * pages.
 */
export function pagefindSearch(
  contentRoot: string,
  env: Record<string, string | undefined> = process.env,
): AstroIntegration {
  let job: { settled: Promise<Settled>; worker: Worker } | undefined;
  return {
    name: 'letopis:pagefind',
    hooks: {
      'astro:config:setup': ({ command, config }) => {
        if (command !== 'build') return;
        // Pagefind's memory grows with the shard it writes. At 20,000 articles 3,500-article
        // shards kept the whole build at 3.49–3.57 GiB where 5,000 took 3.87–3.89 GiB (over
        // 4 GB), for two bundles more; at 100,000 each year is a shard
        // (docs/decisions/0009-year-shards-of-3500-articles.md).
        const shardPages = positiveInteger(env, 'LETOPIS_SEARCH_SHARD_PAGES', 3_500);
        job = startJob({
          contentRoot: resolve(fileURLToPath(config.root), contentRoot),
          cacheDir: fileURLToPath(config.cacheDir),
          base: config.base,
          maxRecordsPerShard: shardPages,
          // One Pagefind process uses one core; two bundles at once while their records fit the
          // memory of one full shard.
          concurrency: positiveInteger(
            env,
            'LETOPIS_SEARCH_CONCURRENCY',
            Math.min(2, availableParallelism()),
          ),
          maxRecordsInFlight: positiveInteger(env, 'LETOPIS_SEARCH_PAGES_IN_FLIGHT', shardPages),
          // Smaller chunks than Pagefind's 20,000: a search fetches one chunk per word and bundle.
          indexChunkSize: positiveInteger(env, 'LETOPIS_SEARCH_INDEX_CHUNK', 5_000),
          maxListItems: positiveInteger(env, 'LETOPIS_SEARCH_LIST_ITEMS', MAX_LIST_ITEMS),
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!job) throw new SearchIndexError('the search index was never started');
        const pagesDone = performance.now();
        logger.info('waiting for the search index');
        // The pages' garbage would stay resident while this thread waits for the index.
        collectGarbage();
        job.worker.ref();
        const outcome = await job.settled;
        if ('error' in outcome) throw outcome.error;
        const { report } = outcome;
        const outDir = fileURLToPath(dir);
        installBundles(report, outDir);
        const reused = report.bundles.filter((bundle) => bundle.reused).length;
        logger.info(
          `indexed ${report.records} pages in ${report.bundles.length} bundles (${reused} unchanged, reused; ` +
            `${report.renderedTexts} article texts rendered; ${report.lists.files} name and date lists, ${report.lists.written} written) in ${report.milliseconds} ms alongside the ` +
            `build, ${Math.round(performance.now() - pagesDone)} ms after the pages → ` +
            relative(process.cwd(), join(outDir, 'pagefind')),
        );
        const { put, taken } = preparedArticleShelf().counts;
        logger.info(
          `${taken} of the ${put} articles it rendered were shown by their pages without rendering them again`,
        );
      },
    },
  };
}

function positiveInteger(env: Record<string, string | undefined>, name: string, fallback: number): number {
  const value = Number(env[name] ?? fallback);
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`${name} must be a positive integer, got "${env[name]}"`);
  return value;
}
