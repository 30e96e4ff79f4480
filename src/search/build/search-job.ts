/**
 * Builds the whole search index from the content folder, independently of Astro's pages, so
 * that it runs on the second core while Astro renders (search-job-thread.ts; the integration
 * is src/integrations/pagefind.ts): reads the content, turns every article and entity into a
 * record (content-records.ts), splits the records into bundles (bundle-plan.ts), and indexes
 * only the bundles whose records changed since the last build. Each bundle is written into
 * Astro's cache folder with a digest of its records and of each of its files
 * (bundle-digests.ts); an unchanged bundle whose files still match is reused as it is.
 *
 * Why shards: one Pagefind index needs ~0.3 MB of memory per record while it writes its files
 * (measured: 6.7 GB for 23,700 records) and has no incremental mode. Shards bound indexing
 * memory by the largest shard, and a new article in the newest year changes one small shard.
 */
import { createHash } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import type { ContentSnapshot } from '../../lib/content/read-content.ts';
import type { PagefindRecord } from './content-records.ts';
import { ENTITY_BUNDLE, shardFolder } from '../shared/shards.ts';
import { collectGarbage } from '../../build/collect-garbage.ts';
import type { ListsUpdate } from './search-lists-cache.ts';
import { withinBudget } from '../../lib/within-budget.ts';
import type { PreparedArticle } from '../../lib/markdown/prepare-article.ts';
import { packageVersion } from '../../lib/code-digest.ts';
import { SearchIndexError, type BundleReport } from './pagefind-bundle.ts';
import { folderDigests, type Hasher } from '../../lib/file-digest.ts';
import {
  damagedBundleFiles,
  readBundleRecords,
  writeBundleRecords,
  type BundleRecord,
} from './bundle-digests.ts';
import { childEnv } from '../../settings.ts';
import { planWordDirectory, writeWordDirectory } from './word-buckets.ts';
import { shardWords } from './shard-words.ts';
import { MAX_BUCKET_WORDS } from '../shared/word-directory.ts';
import { planBundles, type BundlePlan, type PlannedBundle } from './bundle-plan.ts';
import type { SearchJobOptions } from './search-job-options.ts';

/** One bundle of the finished index. */
export interface BundleOutcome {
  name: string;
  /** Its folder inside `pagefind/`: `''` for the entity bundle, `shards/<years>/` otherwise. */
  folder: string;
  /** Where the finished bundle is, in the cache folder. */
  cachedPath: string;
  years: string[];
  records: number;
  reused: boolean;
}

export interface SearchJobReport {
  bundles: BundleOutcome[];
  /** The name and date lists (search-lists.ts), brought up to date in the cache folder. */
  lists: ListsUpdate;
  /** The word directory of the year shards (word-buckets.ts): its folder and split prefixes. */
  words: { path: string; split: string[] };
  records: number;
  /** Article bodies rendered to text this time (the others came from the cache). */
  renderedTexts: number;
  /** Cached bundles whose files no longer matched their digests, indexed again. */
  damagedBundles: string[];
  /** One line per damaged cache manifest (each was built again from scratch). */
  warnings: string[];
  milliseconds: number;
}

// 4: records built from the content, entities in a bundle of their own, texts with titles.
// 5: the digests of the bundles' and the lists' files.
const CACHE_VERSION = 5;

/** The search job's cache folder under Astro's. */
export function searchCacheRoot(options: Pick<SearchJobOptions, 'cacheDir'>): string {
  return join(options.cacheDir, `search-index-v${CACHE_VERSION}`);
}

/**
 * Builds the index of `content` (as the content guard read and checked it), checking the
 * cached files with `hasher` (file-digest.ts). Each article rendered on the way is handed to
 * `onPrepared` (the pages of the same build show it without rendering it again). Not itself
 * asynchronous: a suspended function keeps its arguments, and the content must be garbage once
 * the records exist.
 */
export function runSearchJob(
  options: SearchJobOptions,
  content: ContentSnapshot,
  hasher: Hasher,
  onPrepared?: (id: string, article: PreparedArticle) => void,
): Promise<SearchJobReport> {
  const started = performance.now();
  const cacheRoot = searchCacheRoot(options);
  const warnings: string[] = [];
  const warn = (line: string) => warnings.push(line);
  const plan = planBundles(options, content, cacheRoot, onPrepared, hasher, warn);
  return indexBundles(options, cacheRoot, plan, started, hasher, warnings);
}

async function indexBundles(
  options: SearchJobOptions,
  cacheRoot: string,
  { bundles, rendered, lists }: BundlePlan,
  started: number,
  hasher: Hasher,
  warnings: string[],
): Promise<SearchJobReport> {
  // Once the caller has let go of the content, it, the texts and the lists are garbage, and
  // this thread mostly waits from here.
  await new Promise((resolve) => setImmediate(resolve));
  collectGarbage();
  const previous = readBundleRecords(cacheRoot, (line) => warnings.push(line));
  const damagedBundles: string[] = [];
  const planned = bundles.map((bundle) => {
    const digest = bundleDigest(bundle.records, options.indexChunkSize);
    const cachedPath = join(cacheRoot, 'bundles', bundle.name);
    const record = previous[bundle.name];
    const current = record?.records === digest;
    const reused = current && damagedBundleFiles(hasher, cachedPath, record).length === 0;
    if (current && !reused) damagedBundles.push(bundle.name);
    if (reused) bundle.records = [];
    return Object.assign(bundle, { digest, cachedPath, reused, files: reused ? record.files : {} });
  });
  // A bundle being re-indexed loses its record first, so a build that stops halfway never
  // leaves a half-written bundle that the next build would take as current.
  writeBundleRecords(cacheRoot, bundleRecords(planned.filter(({ reused }) => reused)));
  await withinBudget(
    planned.filter(({ reused }) => !reused),
    { slots: options.concurrency, budget: options.maxRecordsInFlight, cost: ({ count }) => count },
    async (bundle) => {
      rmSync(bundle.cachedPath, { recursive: true, force: true });
      // The worker gets a copy of the records; this one is dropped as soon as it is made.
      await bundleInWorker(takeRecords(bundle), bundle.cachedPath, options.indexChunkSize);
      bundle.files = folderDigests(hasher, bundle.cachedPath);
    },
  );
  writeBundleRecords(cacheRoot, bundleRecords(planned));
  const words = updateWordDirectory(
    cacheRoot,
    planned.filter((bundle) => bundle.name !== ENTITY_BUNDLE),
  );
  return {
    bundles: planned.map(({ name, years, count, cachedPath, reused }) => ({
      name,
      folder: shardFolder(name),
      cachedPath,
      years,
      records: count,
      reused,
    })),
    lists,
    words,
    records: planned.reduce((sum, bundle) => sum + bundle.count, 0),
    renderedTexts: rendered,
    damagedBundles,
    warnings,
    milliseconds: Math.round(performance.now() - started),
  };
}

/** The word directory of the year shards, oldest first (as shards.json lists them). */
function updateWordDirectory(
  cacheRoot: string,
  shards: readonly { cachedPath: string }[],
): SearchJobReport['words'] {
  const directory = planWordDirectory(
    shards.map((shard) => shardWords(shard.cachedPath)),
    MAX_BUCKET_WORDS,
  );
  const path = join(cacheRoot, 'words');
  writeWordDirectory(directory, path);
  return { path, split: directory.split };
}

/** A bundle's records, which the bundle no longer holds. */
function takeRecords(bundle: PlannedBundle): PagefindRecord[] {
  const { records } = bundle;
  bundle.records = [];
  return records;
}

/**
 * One bundle, written by its own Pagefind process from a worker thread: Pagefind's Node API
 * runs one process per JavaScript realm, so bundles in separate workers index side by side.
 */
function bundleInWorker(
  records: PagefindRecord[],
  outputPath: string,
  indexChunkSize: number,
): Promise<BundleReport> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./pagefind-bundle-worker.ts', import.meta.url), {
      workerData: { records, outputPath },
      // Pagefind's process inherits the worker's environment.
      env: childEnv({ PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE: String(indexChunkSize) }),
    });
    worker.once('message', (report: BundleReport) => resolve(report));
    worker.once('error', (error: Error) => reject(new SearchIndexError(`${outputPath}: ${error.message}`)));
    // Pagefind's process can die without an answer (it panics when it cannot write), which
    // leaves the worker with nothing to wait for: an exit before the report is a failure.
    worker.once('exit', (code) =>
      reject(
        new SearchIndexError(`Pagefind stopped before writing ${outputPath} (worker exit code ${code})`),
      ),
    );
  });
}

function bundleDigest(records: readonly PagefindRecord[], indexChunkSize: number): string {
  const hash = createHash('sha256').update(
    `pagefind@${packageVersion('pagefind')} chunk ${indexChunkSize}\n`,
  );
  for (const record of records) hash.update(`${JSON.stringify(record)}\n`);
  return hash.digest('hex');
}

function bundleRecords(
  bundles: readonly { name: string; digest: string; files: BundleRecord['files'] }[],
): Record<string, BundleRecord> {
  return Object.fromEntries(bundles.map(({ name, digest, files }) => [name, { records: digest, files }]));
}
