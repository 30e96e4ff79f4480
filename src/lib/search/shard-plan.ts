/**
 * How the search index is split into bundles ("shards") so that indexing memory is bounded by
 * the largest shard and a new article re-indexes only its own shard. Article pages
 * (`YYYY/MM/DD/slug/index.html`) go to shards of whole, consecutive years, filled from the
 * oldest year up to `maxPages`; filling from the oldest year keeps old shards stable as the
 * archive grows. Every other page (people, places, sources) joins the newest shard, which is
 * the primary bundle: a reader never loads a bundle (WASM start-up, metadata, one index chunk
 * per query term) just for them, and a new article in the newest year changes one shard.
 */

/** One bundle of the index: its name, the years it covers and its pages. */
export interface Shard {
  /** The years covered, `2001` or `2001-2004`; `main` when there are no article pages. */
  name: string;
  years: string[];
  /** Paths relative to the output folder, sorted. */
  pages: string[];
}

const ARTICLE_PAGE = /^(\d{4})\/\d{2}\/\d{2}\/[^/]+\/index\.html$/;

/** The year folder of an article page, or `undefined` for any other page. */
export function articleYear(page: string): string | undefined {
  return ARTICLE_PAGE.exec(page)?.[1];
}

/**
 * Splits pages into year shards of at most `maxPages` article pages (a year is never split),
 * oldest first; the other pages go to the last (newest) shard, the primary one.
 */
export function planShards(pages: readonly string[], maxPages: number): Shard[] {
  const others: string[] = [];
  const byYear = new Map<string, string[]>();
  for (const page of [...pages].sort()) {
    const year = articleYear(page);
    if (year === undefined) others.push(page);
    else byYear.set(year, [...(byYear.get(year) ?? []), page]);
  }
  const shards: Shard[] = [];
  let current: Shard | undefined;
  for (const year of [...byYear.keys()].sort()) {
    const yearPages = byYear.get(year) ?? [];
    if (!current || current.pages.length + yearPages.length > maxPages) {
      current = { name: year, years: [], pages: [] };
      shards.push(current);
    }
    current.years.push(year);
    current.pages.push(...yearPages);
    current.name = current.years.length === 1 ? year : `${current.years[0]}-${year}`;
  }
  const newest = shards.at(-1) ?? { name: 'main', years: [], pages: [] };
  if (shards.length === 0) shards.push(newest);
  newest.pages = [...newest.pages, ...others].sort();
  return shards;
}

/** The primary shard of a plan: the newest, which holds the pages that are not articles. */
export function primaryShard<T>(shards: readonly T[]): T | undefined {
  return shards.at(-1);
}

/**
 * Where a shard's bundle lives inside `pagefind/`: the primary shard at its root, so
 * `pagefind/pagefind.js` loads it; the others in `shards/`.
 */
export function shardFolder(shard: Pick<Shard, 'name'>, primary: boolean): string {
  return primary ? '' : `shards/${shard.name}/`;
}
