/**
 * Builds the search index as several Pagefind bundles ("shards", see shard-plan.ts) and
 * re-indexes only the shards whose pages changed since the last build.
 *
 * Why: one Pagefind index needs ~0.15–0.19 MB of memory per page (≈ 15–19 GB for 100,000
 * pages) and has no incremental mode. Shards bound indexing memory by the largest shard, and
 * a new article in the newest year changes one shard (the newest, which also holds the
 * people, places and sources pages). Each shard's bundle is kept in Astro's
 * cache folder with a digest of its pages' HTML, because `astro build` empties the output
 * folder; an unchanged shard is copied back instead of being indexed again.
 *
 * Layout: `pagefind/` is the newest shard's bundle (what `import('/pagefind/pagefind.js')`
 * loads); older year shards are `pagefind/shards/<years>/`, listed in `pagefind/shards.json`
 * for the search page to add with `pagefind.mergeIndex()`.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { planShards, primaryShard, shardFolder, type Shard } from '../lib/search/shard-plan.ts';
import { Worker } from 'node:worker_threads';
import { withinBudget } from '../lib/within-budget.ts';
import { SearchIndexError, type IndexJob, type IndexReport } from './pagefind.ts';

export interface ShardedIndexJob {
  /** The built site (`dist/`). */
  outDir: string;
  /** Where shard bundles and their digests survive between builds (Astro's cacheDir). */
  cacheDir: string;
  /** The most article pages one year shard may hold (years are never split). */
  maxPagesPerShard: number;
  /** How many shards may be indexed at once, each in its own worker and Pagefind process. */
  concurrency: number;
  /**
   * The most pages being indexed at once, over all running shards: Pagefind's memory grows with
   * them (~0.25 MB a page), so two large shards run one after the other and small ones together.
   */
  maxPagesInFlight: number;
  log: (message: string) => void;
}

export interface ShardedIndexReport {
  shards: { name: string; pages: number; reused: boolean }[];
  pages: number;
}

/** The list the search page reads: every year shard's folder, relative to `pagefind/`. */
export interface ShardManifest {
  shards: { name: string; path: string; pages: number }[];
}

interface ShardCache {
  /** Digest of each shard's pages (paths and HTML) when its cached bundle was written. */
  digests: Record<string, string>;
}

// 2: the people, places and sources pages moved from a `main` shard into the newest year shard.
const CACHE_VERSION = 2;
const BODY_MARKER = 'data-pagefind-body';

export async function buildShardedIndex(job: ShardedIndexJob): Promise<ShardedIndexReport> {
  const bundleRoot = join(job.outDir, 'pagefind');
  const cacheRoot = join(job.cacheDir, `search-shards-v${CACHE_VERSION}`);
  const cache = readCache(cacheRoot);
  const pages = indexedPages(job.outDir);
  // Only an empty site has an empty shard (`main`, with no pages): nothing to index then.
  const byAge = planShards([...pages.keys()], job.maxPagesPerShard).filter((shard) => shard.pages.length > 0);
  const primary = primaryShard(byAge);
  // The primary shard first: it is copied to the bundle root, the others inside it afterwards.
  const shards = [
    ...byAge.filter((shard) => shard === primary),
    ...byAge.filter((shard) => shard !== primary),
  ];
  const next: ShardCache = { digests: {} };
  const report: ShardedIndexReport = { shards: [], pages: pages.size };
  const planned = shards.map((shard) => {
    const digest = shardDigest(shard, pages);
    const cached = join(cacheRoot, 'bundles', shard.name);
    return { shard, digest, cached, reused: cache.digests[shard.name] === digest && existsSync(cached) };
  });
  // A shard being re-indexed loses its cache entry first, so a build that stops halfway never
  // leaves a half-written bundle that the next build would take as current.
  const kept = planned.filter(({ reused }) => reused);
  writeCache(cacheRoot, {
    digests: Object.fromEntries(kept.map(({ shard, digest }) => [shard.name, digest])),
  });
  // Each shard is indexed into its own cache folder, up to `concurrency` at once (one Pagefind
  // process each), and only then copied into place: the primary bundle first, at the root.
  await withinBudget(
    planned.filter(({ reused }) => !reused),
    { slots: job.concurrency, budget: job.maxPagesInFlight, cost: ({ shard }) => shard.pages.length },
    async ({ shard, cached }) => {
      job.log(`indexing shard ${shard.name}: ${shard.pages.length} pages`);
      rmSync(cached, { recursive: true, force: true });
      await indexInWorker({
        files: { root: job.outDir, paths: shard.pages },
        directories: [],
        outputPath: cached,
      });
    },
  );
  rmSync(bundleRoot, { recursive: true, force: true });
  for (const { shard, digest, cached, reused } of planned) {
    cpSync(cached, join(bundleRoot, shardFolder(shard, shard === primary)), { recursive: true });
    next.digests[shard.name] = digest;
    report.shards.push({ name: shard.name, pages: shard.pages.length, reused });
  }
  const manifest: ShardManifest = {
    shards: shards
      .filter((shard) => shard !== primary)
      .map((shard) => ({ name: shard.name, path: shardFolder(shard, false), pages: shard.pages.length })),
  };
  mkdirSync(bundleRoot, { recursive: true });
  writeFileSync(join(bundleRoot, 'shards.json'), `${JSON.stringify(manifest)}\n`);
  writeCache(cacheRoot, next);
  return report;
}

/** One shard's index, built by buildSearchIndex in a worker thread (its own Pagefind process). */
function indexInWorker(job: IndexJob): Promise<IndexReport> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./search-shard-worker.ts', import.meta.url), { workerData: job });
    worker.once('message', (report: IndexReport) => resolve(report));
    worker.once('error', (error: Error) =>
      reject(new SearchIndexError(`shard ${job.outputPath}: ${error.message}`)),
    );
    worker.once('exit', (code) => {
      if (code !== 0)
        reject(new SearchIndexError(`the indexing worker for ${job.outputPath} exited with ${code}`));
    });
  });
}

/**
 * The pages Pagefind would index, each with a hash of its HTML: those marked
 * `data-pagefind-body`, or every page when none is (Pagefind's own rule).
 */
function indexedPages(outDir: string): Map<string, string> {
  const all = new Map<string, string>();
  const marked = new Map<string, string>();
  for (const page of htmlFiles(outDir)) {
    const html = readFileSync(join(outDir, page));
    const hash = createHash('sha1').update(html).digest('hex');
    all.set(page, hash);
    if (html.includes(BODY_MARKER)) marked.set(page, hash);
  }
  return marked.size > 0 ? marked : all;
}

function htmlFiles(outDir: string): string[] {
  return readdirSync(outDir, { recursive: true, encoding: 'utf8' })
    .map((name) => name.split('\\').join('/'))
    .filter((name) => name.endsWith('.html') && !name.startsWith('pagefind/'));
}

function shardDigest(shard: Shard, pages: Map<string, string>): string {
  const hash = createHash('sha256');
  for (const page of shard.pages) hash.update(`${page} ${pages.get(page)}\n`);
  return hash.digest('hex');
}

function writeCache(cacheRoot: string, cache: ShardCache): void {
  mkdirSync(cacheRoot, { recursive: true });
  writeFileSync(join(cacheRoot, 'digests.json'), JSON.stringify(cache));
}

function readCache(cacheRoot: string): ShardCache {
  try {
    return JSON.parse(readFileSync(join(cacheRoot, 'digests.json'), 'utf8')) as ShardCache;
  } catch {
    return { digests: {} };
  }
}
