/**
 * How the search index is split into bundles ("shards") so that indexing memory is bounded by
 * the largest shard and a new article re-indexes only its own shard. Articles go to shards of
 * whole, consecutive years, filled from the oldest year up to `maxRecords`; filling from the
 * oldest year keeps old shards stable as the archive grows. The people, places and sources
 * pages make a bundle of their own, the primary one at the bundle root: it changes only when
 * the entities do, it is small (names, not articles), and it is what `pagefind.js` loads.
 */

/** One year shard: its name, the years it covers and its records, in the order given. */
export interface Shard<T> {
  /** The years covered, `2001` or `2001-2004`. */
  name: string;
  years: string[];
  records: T[];
}

/**
 * Splits records into year shards of at most `maxRecords` (a year is never split), oldest
 * first, keeping the records' order within each shard.
 */
export function planYearShards<T>(
  records: readonly T[],
  yearOf: (record: T) => string,
  maxRecords: number,
): Shard<T>[] {
  const byYear = new Map<string, T[]>();
  for (const record of records) {
    const year = yearOf(record);
    const list = byYear.get(year);
    if (list) list.push(record);
    else byYear.set(year, [record]);
  }
  const shards: Shard<T>[] = [];
  let current: Shard<T> | undefined;
  for (const year of [...byYear.keys()].sort()) {
    const yearRecords = byYear.get(year) ?? [];
    if (!current || current.records.length + yearRecords.length > maxRecords) {
      current = { name: year, years: [], records: [] };
      shards.push(current);
    }
    current.years.push(year);
    current.records.push(...yearRecords);
    current.name = current.years.length === 1 ? year : `${current.years[0]}-${year}`;
  }
  return shards;
}
