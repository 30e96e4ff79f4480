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

/** What the search job (search-job.ts) is given: its cache folder, the site's base, its limits. */
export interface SearchJobOptions {
  /** Where bundles, digests and body texts survive between builds (Astro's cacheDir). */
  cacheDir: string;
  /** The most article records one year shard may hold (years are never split). */
  maxRecordsPerShard: number;
  /** The site's base (`/` or `/letopis/`), for the articles handed to the pages. */
  base: string;
  /** How many bundles may be indexed at once, each by its own Pagefind process. */
  concurrency: number;
  /** The most records being indexed at once over all running bundles (Pagefind's memory). */
  maxRecordsInFlight: number;
  /**
   * Word positions per index chunk (Pagefind's `PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE`, 20,000 by
   * default): a query downloads the chunk of each of its words in every bundle.
   */
  indexChunkSize: number;
  /** The most articles a name or date list holds whole; a longer one holds its first pages. */
  maxListItems: number;
  /**
   * The most articles whose shards a first search reads (one shard more when those found
   * nothing; the search page reads it from the shard manifest: shard-search.ts).
   */
  firstPages: number;
}

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
