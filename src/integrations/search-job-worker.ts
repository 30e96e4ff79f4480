/**
 * Runs the search job (search-job.ts) in a worker thread, so reading and rendering the content
 * for the index never blocks Astro's own work on the main thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { runSearchJob, type SearchJobOptions } from './search-job.ts';

parentPort?.postMessage(await runSearchJob(workerData as SearchJobOptions));
