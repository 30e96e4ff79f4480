/**
 * Writes one search bundle in a worker thread: Pagefind's Node API runs one indexing process
 * per JavaScript realm and that process uses one core, so bundles written from separate
 * workers run side by side (see search-job.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { PagefindRecord } from './content-records.ts';
import { writeBundle } from './pagefind-bundle.ts';

const { records, outputPath } = workerData as { records: PagefindRecord[]; outputPath: string };
parentPort?.postMessage(await writeBundle(records, outputPath));
