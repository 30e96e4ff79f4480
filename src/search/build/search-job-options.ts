/**
 * The search job's options for a build: its folders from Astro's config, its limits from the
 * settings (src/settings.ts): year shards of at most `LETOPIS_SEARCH_SHARD_PAGES` articles, up
 * to `LETOPIS_SEARCH_CONCURRENCY` bundles indexed at once while together they hold at most
 * `LETOPIS_SEARCH_PAGES_IN_FLIGHT` records, index chunks of `LETOPIS_SEARCH_INDEX_CHUNK` word
 * positions, name and date lists holding up to `LETOPIS_SEARCH_LIST_ITEMS` articles whole, and
 * the articles a first free-text search reads (`LETOPIS_SEARCH_FIRST_PAGES`).
 */
import { fileURLToPath } from 'node:url';
import { settings, type Settings } from '../../settings.ts';
import type { SearchJobOptions } from './search-job.ts';

/** The options for a build with Astro's `config`, under `limits` (the process's settings). */
export function searchJobOptions(
  config: { cacheDir: URL; base: string },
  limits: Settings = settings(),
): SearchJobOptions {
  return {
    cacheDir: fileURLToPath(config.cacheDir),
    base: config.base,
    // Pagefind's memory grows with the shard it writes. At 20,000 articles 3,500-article
    // shards kept the whole build at 3.49–3.57 GiB where 5,000 took 3.87–3.89 GiB (over
    // 4 GB), for two bundles more; at 100,000 each year is a shard
    // (docs/decisions/0009-year-shards-of-3500-articles.md).
    maxRecordsPerShard: limits.LETOPIS_SEARCH_SHARD_PAGES,
    // One Pagefind process uses one core; two bundles at once while their records fit the
    // memory of one full shard.
    concurrency: limits.LETOPIS_SEARCH_CONCURRENCY,
    maxRecordsInFlight: limits.LETOPIS_SEARCH_PAGES_IN_FLIGHT,
    // Smaller chunks than Pagefind's 20,000: a search fetches one chunk per word and bundle.
    indexChunkSize: limits.LETOPIS_SEARCH_INDEX_CHUNK,
    maxListItems: limits.LETOPIS_SEARCH_LIST_ITEMS,
    // One year of a 100,000-article archive (~70 KB, ~110 KB with its fragments) keeps a first
    // search under 300 KB (docs/decisions/0033-free-text-through-a-word-directory.md).
    firstPages: limits.LETOPIS_SEARCH_FIRST_PAGES,
  };
}
