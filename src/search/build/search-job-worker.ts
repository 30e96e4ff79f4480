/**
 * Runs the search job (search-job.ts) in a worker thread, so rendering the content for the
 * index never blocks Astro's own work on the main thread. It gets its options as `workerData`
 * and the content the content guard read as its first message (the bodies in shared memory),
 * and reads no file itself. Every article it renders is posted as it is ready (`{ prepared }`,
 * without the plain text the pages do not use: the pages may be thousands of articles behind),
 * then the report (`{ report }`).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { receivedSnapshot, type PortableSnapshot } from '../../lib/content/read-content.ts';
import { runSearchJob } from './search-job.ts';
import type { SearchJobOptions } from './search-job-options.ts';
import { forPage } from '../../lib/markdown/prepare-article.ts';
import { loadHasher } from '../../lib/file-digest.ts';

// Loaded before the content arrives (WebAssembly compiles asynchronously), so the job itself
// need not wait while it holds the content.
const hasher = await loadHasher();

parentPort?.once('message', (content: PortableSnapshot) => {
  // A failure rejects unhandled, which ends the thread with an error the build reports.
  void runSearchJob(workerData as SearchJobOptions, receivedSnapshot(content), hasher, (id, article) =>
    parentPort?.postMessage({ prepared: { id, article: forPage(article) } }),
  ).then((report) => parentPort?.postMessage({ report }));
});
