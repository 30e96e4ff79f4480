/**
 * Indexes one search shard in a worker thread. Pagefind's Node API runs one indexing process
 * per JavaScript realm and that process uses one core, so shards indexed from separate workers
 * run side by side (see search-shards.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { buildSearchIndex, type IndexJob } from './pagefind.ts';

parentPort?.postMessage(await buildSearchIndex(workerData as IndexJob));
