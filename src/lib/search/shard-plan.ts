/**
 * How the search index is split into bundles ("shards") so that indexing memory is bounded by
 * the largest shard and a new article re-indexes only its own shard. Article pages
 * (`YYYY/MM/DD/slug/index.html`) go to shards of whole, consecutive years, filled from the
 * oldest year up to `maxPages`; every other page goes to the `main` shard, which the search
 * page loads first. Filling from the oldest year keeps old shards stable as the archive grows.
 */

/** One bundle of the index: its name, the years it covers and its pages. */
export interface Shard {
  /** `main`, or the years covered: `2001` or `2001-2004`. */
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

/** Splits pages into the main shard and year shards of at most `maxPages` pages (a year is never split). */
export function planShards(pages: readonly string[], maxPages: number): Shard[] {
  const main: string[] = [];
  const byYear = new Map<string, string[]>();
  for (const page of [...pages].sort()) {
    const year = articleYear(page);
    if (year === undefined) main.push(page);
    else byYear.set(year, [...(byYear.get(year) ?? []), page]);
  }
  const shards: Shard[] = [{ name: 'main', years: [], pages: main }];
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
  return shards;
}

/**
 * Where a shard's bundle lives inside `pagefind/`: the primary shard (the first non-empty one,
 * normally `main`) at its root, so `pagefind/pagefind.js` loads it; the others in `shards/`.
 */
export function shardFolder(shard: Pick<Shard, 'name'>, primary: boolean): string {
  return primary ? '' : `shards/${shard.name}/`;
}
