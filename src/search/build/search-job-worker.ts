/**
 * Runs the search job (search-job.ts) in a worker thread, so rendering the content for the
 * index never blocks Astro's own work on the main thread. It gets the content the content guard
 * read (its bodies in shared memory) and reads no file itself. Every article it renders is
 * posted as it is ready (`{ prepared }`, without the plain text the pages do not use: the
 * pages may be thousands of articles behind), then the report (`{ report }`).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { receivedSnapshot } from '../../lib/content/read-content.ts';
import { runSearchJob } from './search-job.ts';
import type { SearchJobData } from './search-job-thread.ts';
import { forPage } from '../../lib/markdown/prepare-article.ts';

const { options, content } = workerData as SearchJobData;
const report = await runSearchJob(options, receivedSnapshot(content), (id, article) =>
  parentPort?.postMessage({ prepared: { id, article: forPage(article) } }),
);
parentPort?.postMessage({ report });
