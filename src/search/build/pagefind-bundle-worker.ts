/**
 * Writes one search bundle in a worker thread: Pagefind's Node API runs one indexing process
 * per JavaScript realm and that process uses one core, so bundles written from separate
 * workers run side by side (see search-job.ts). The bundle's words are read back here too, for
 * the word directory (shard-words.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { PagefindRecord } from './content-records.ts';
import { writeBundle } from './pagefind-bundle.ts';
import { saveBundleWords } from './shard-words.ts';

const { records, outputPath } = workerData as { records: PagefindRecord[]; outputPath: string };
const report = await writeBundle(records, outputPath);
saveBundleWords(outputPath);
parentPort?.postMessage(report);
