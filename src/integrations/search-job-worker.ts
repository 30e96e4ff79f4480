/**
 * Runs the search job (search-job.ts) in a worker thread, so reading and rendering the content
 * for the index never blocks Astro's own work on the main thread. Every article it renders is
 * posted as it is ready (`{ prepared }`), then the report (`{ report }`).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { runSearchJob, type SearchJobOptions } from './search-job.ts';

const report = await runSearchJob(workerData as SearchJobOptions, (id, article) =>
  parentPort?.postMessage({ prepared: { id, article } }),
);
parentPort?.postMessage({ report });
