/**
 * The bundles of the search index as the build lays them out and the search page loads them
 * (src/search/build/shard-plan.ts plans them): the people, places and sources bundle at the
 * root of `pagefind/`, the year shards under `pagefind/shards/<years>/`, listed in
 * `pagefind/shards.json`.
 */
import type { WordDirectoryManifest } from './word-directory.ts';

/** The name of the primary bundle, the one with the people, places and sources. */
export const ENTITY_BUNDLE = 'entities';

/** The years a year shard covers, read back from its name (`2001-2007`, `2013`). */
export function shardYears(name: string): string[] {
  const [first = 0, last = first] = name.split('-').map(Number);
  return Array.from({ length: Math.max(0, last - first + 1) }, (_, index) => String(first + index));
}

/**
 * Where a bundle lives inside `pagefind/`: the entity bundle at its root, so
 * `pagefind/pagefind.js` loads it; the year shards in `shards/`.
 */
export function shardFolder(name: string): string {
  return name === ENTITY_BUNDLE ? '' : `shards/${name}/`;
}

/** `pagefind/shards.json`: the year shards the search page merges into the entity bundle. */
export interface ShardManifest {
  /** Oldest first. */
  shards: { name: string; path: string; pages: number; years: [first: string, last: string] }[];
  /** Which shards hold each word (word-directory.ts); absent in a manifest from before it. */
  words?: WordDirectoryManifest;
  /** How many articles' shards a first search reads (src/search/client/shard-search.ts). */
  firstPages?: number;
}
