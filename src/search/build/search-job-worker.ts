/**
 * Runs the search job (search-job.ts) in a worker thread, so reading and rendering the content
 * for the index never blocks Astro's own work on the main thread. Every article it renders is
 * posted as it is ready (`{ prepared }`, without the plain text the pages do not use: the
 * pages may be thousands of articles behind), then the report (`{ report }`).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { runSearchJob, type SearchJobOptions } from './search-job.ts';
import { forPage } from '../../lib/markdown/prepare-article.ts';

const report = await runSearchJob(workerData as SearchJobOptions, (id, article) =>
  parentPort?.postMessage({ prepared: { id, article: forPage(article) } }),
);
parentPort?.postMessage({ report });
