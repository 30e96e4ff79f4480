/**
 * The search job (search-job.ts) on a thread of its own (search-job-worker.ts): started as soon
 * as the content has passed validation, it runs on the second core while Astro syncs, bundles
 * and renders. The articles it renders go on the shelf the article pages take them from, so a
 * page does not render its article again.
 */
import { relative } from 'node:path';
import { Worker } from 'node:worker_threads';
import { collectGarbage } from '../../build/collect-garbage.ts';
import {
  portableSnapshot,
  type ContentSnapshot,
  type PortableSnapshot,
} from '../../lib/content/read-content.ts';
import type { ArticleForPage } from '../../lib/markdown/prepare-article.ts';
import { preparedArticleShelf } from '../../lib/markdown/prepared-article-shelf.ts';
import { SearchIndexError } from './pagefind-bundle.ts';
import { preparedArticleStore } from './article-texts.ts';
import { searchCacheRoot, type SearchJobReport } from './search-job.ts';
import type { SearchJobOptions } from './search-job-options.ts';

type Settled = { report: SearchJobReport } | { error: Error };
type JobMessage = { prepared: { id: string; article: ArticleForPage } } | { report: SearchJobReport };

/** A running search job. */
export interface SearchJobThread {
  /** Waits for the job; rejects with its error. */
  finished(): Promise<SearchJobReport>;
}

/**
 * Starts the search job on `content` in a worker. The worker gets the options as its
 * `workerData` and the content as its first message: a copy of the frontmatter, which it can
 * drop once its records exist (`workerData` stays for the thread's life), and the bodies shared
 * (a shared buffer, not copied). It reads no file.
 */
export function startSearchJob(options: SearchJobOptions, content: ContentSnapshot): SearchJobThread {
  const worker = new Worker(new URL('./search-job-worker.ts', import.meta.url), { workerData: options });
  worker.postMessage(portableSnapshot(content) satisfies PortableSnapshot);
  // A build that fails elsewhere must not wait for the index to finish before it exits.
  worker.unref();
  // Never rejects (a failure is a value), so a build that fails elsewhere reports no stray error.
  const settled = new Promise<Settled>((done) => {
    const shelf = preparedArticleShelf();
    // The articles earlier builds prepared, for the pages the job does not render them for.
    shelf.useStore(preparedArticleStore(searchCacheRoot(options)));
    worker.on('message', (message: JobMessage) => {
      if ('prepared' in message) shelf.put(message.prepared.id, message.prepared.article);
      else done({ report: message.report });
    });
    worker.once('error', (error: Error) => done({ error }));
    worker.once('exit', (code) =>
      done({ error: new SearchIndexError(`the search index worker exited with code ${code}`) }),
    );
  });
  return {
    async finished() {
      // The pages' garbage would stay resident while this thread waits for the index.
      collectGarbage();
      worker.ref();
      const outcome = await settled;
      if ('error' in outcome) throw outcome.error;
      return outcome.report;
    },
  };
}

/**
 * One line on the cached bundles and lists that no longer matched the digests recorded when
 * they were written (search-job.ts, search-lists-cache.ts), or none.
 */
export function searchCacheDamage(report: SearchJobReport): string | undefined {
  const { damagedBundles, lists } = report;
  if (damagedBundles.length === 0 && lists.damaged === 0) return undefined;
  const parts = [
    damagedBundles.length > 0 &&
      `${damagedBundles.length} of ${report.bundles.length} search bundles (${damagedBundles.join(', ')}) indexed again`,
    lists.damaged > 0 && `${lists.damaged} of ${lists.files} name and date lists built again`,
  ].filter(Boolean);
  return `cached search files did not match the digests recorded when they were written: ${parts.join('; ')}`;
}

/** One line on the kept prepared articles found damaged (rendered again), or none. */
export function preparedStoreDamage(): string | undefined {
  const { damaged } = preparedArticleShelf();
  if (damaged === 0) return undefined;
  return `${damaged} kept prepared articles did not match the check recorded when they were written: rendered again`;
}

/** What the build logs about a finished job, `waitedMs` after the pages were done. */
export function searchJobSummary(report: SearchJobReport, waitedMs: number, indexDir: string): string[] {
  const reused = report.bundles.filter((bundle) => bundle.reused).length;
  const { put, taken, stored } = preparedArticleShelf().counts;
  return [
    `indexed ${report.records} pages in ${report.bundles.length} bundles (${reused} unchanged, reused; ` +
      `${report.renderedTexts} article texts rendered; ${report.lists.files} name and date lists, ${report.lists.written} written) in ${report.milliseconds} ms alongside the ` +
      `build, ${Math.round(waitedMs)} ms after the pages → ` +
      relative(process.cwd(), indexDir),
    `${taken} of the ${put} articles it rendered were shown by their pages without rendering them again; ` +
      `${stored} unchanged ones were read as earlier builds prepared them`,
  ];
}
