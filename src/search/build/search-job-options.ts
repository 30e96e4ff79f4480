/**
 * The search job's options for a build: its folders from Astro's config, its limits from the
 * environment. Year shards hold at most `LETOPIS_SEARCH_SHARD_PAGES` articles (default 3,500);
 * up to `LETOPIS_SEARCH_CONCURRENCY` bundles (default 2) are indexed at once while together
 * they hold at most `LETOPIS_SEARCH_PAGES_IN_FLIGHT` records (default: one full shard); an
 * index chunk holds `LETOPIS_SEARCH_INDEX_CHUNK` word positions (default 5,000); a name or date
 * list holds up to `LETOPIS_SEARCH_LIST_ITEMS` articles whole (default 400), a longer one its
 * first pages.
 */
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { MAX_LIST_ITEMS } from '../shared/list-format.ts';
import type { SearchJobOptions } from './search-job.ts';

/** The options for a build with Astro's `config`. */
export function searchJobOptions(
  config: { cacheDir: URL; base: string },
  env: Record<string, string | undefined>,
): SearchJobOptions {
  // Pagefind's memory grows with the shard it writes. At 20,000 articles 3,500-article
  // shards kept the whole build at 3.49–3.57 GiB where 5,000 took 3.87–3.89 GiB (over
  // 4 GB), for two bundles more; at 100,000 each year is a shard
  // (docs/decisions/0009-year-shards-of-3500-articles.md).
  const shardPages = positiveInteger(env, 'LETOPIS_SEARCH_SHARD_PAGES', 3_500);
  return {
    cacheDir: fileURLToPath(config.cacheDir),
    base: config.base,
    maxRecordsPerShard: shardPages,
    // One Pagefind process uses one core; two bundles at once while their records fit the
    // memory of one full shard.
    concurrency: positiveInteger(env, 'LETOPIS_SEARCH_CONCURRENCY', Math.min(2, availableParallelism())),
    maxRecordsInFlight: positiveInteger(env, 'LETOPIS_SEARCH_PAGES_IN_FLIGHT', shardPages),
    // Smaller chunks than Pagefind's 20,000: a search fetches one chunk per word and bundle.
    indexChunkSize: positiveInteger(env, 'LETOPIS_SEARCH_INDEX_CHUNK', 5_000),
    maxListItems: positiveInteger(env, 'LETOPIS_SEARCH_LIST_ITEMS', MAX_LIST_ITEMS),
  };
}

function positiveInteger(env: Record<string, string | undefined>, name: string, fallback: number): number {
  const value = Number(env[name] ?? fallback);
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`${name} must be a positive integer, got "${env[name]}"`);
  return value;
}
