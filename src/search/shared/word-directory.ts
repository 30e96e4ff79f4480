/**
 * The word directory: which year shards hold each word of the search index, so that a free-text
 * search loads only the shards that can answer it (docs/decisions/0033). The words are the
 * index's own (Pagefind's stems, read back from its index chunks at build time), kept in small
 * JSON files by prefix (`/search/words/<file>.json`): a query word needs the one file that
 * holds every indexed word it is a prefix of, as Pagefind prefix-matches each stem.
 *
 * A file holds the words of one prefix, each as the rest of the word and the shards holding it.
 * The prefixes are one letter long, and longer where one would hold too many words: those split
 * further, letter by letter, and are listed in the shard manifest (`split`). A query word that
 * is itself a split prefix (a short one: «по», «пр») begins too many words to be worth a lookup.
 */

/** Where the directory's files are, under the site's base. */
export const WORDS_FOLDER = 'search/words';

/** Most words a prefix's file holds before the prefix is split into longer ones. */
export const MAX_BUCKET_WORDS = 600;

/** `/search/words/<file>.json`: the rest of each word after the file's prefix → its shards. */
export type WordBucketJson = Record<string, string>;

/** The directory's part of the shard manifest (shards.ts `ShardManifest`). */
export interface WordDirectoryManifest {
  /** The prefixes split into longer ones; every other prefix a word reaches is a file. */
  split: string[];
}

/**
 * The prefix whose file holds `word`: its first letter, or as many letters as it takes to reach
 * a prefix that is not split (the whole word at most).
 */
export function wordBucket(word: string, split: ReadonlySet<string>): string {
  let length = 1;
  while (length < word.length && split.has(word.slice(0, length))) length += 1;
  return word.slice(0, length);
}

/**
 * The prefix whose file holds every indexed word that begins with `stem`, or `undefined` when
 * they are spread over several files (the stem is empty or itself a split prefix).
 */
export function stemBucket(stem: string, split: ReadonlySet<string>): string | undefined {
  if (stem === '') return undefined;
  const bucket = wordBucket(stem, split);
  return split.has(bucket) ? undefined : bucket;
}

/** The shards (by their place in the manifest, oldest first) as a hexadecimal bit set. */
export function encodeShards(shards: Iterable<number>): string {
  const nibbles: number[] = [];
  for (const shard of shards) {
    const at = Math.floor(shard / 4);
    while (nibbles.length <= at) nibbles.push(0);
    nibbles[at]! |= 1 << (shard % 4);
  }
  return (
    nibbles
      .reverse()
      .map((nibble) => nibble.toString(16))
      .join('') || '0'
  );
}

/** Adds the shards of an `encodeShards` bit set to `into`. */
export function decodeShards(hex: string, into: Set<number> = new Set()): Set<number> {
  for (let place = 0; place < hex.length; place += 1) {
    const nibble = Number.parseInt(hex[hex.length - 1 - place]!, 16);
    for (let bit = 0; bit < 4; bit += 1) if (nibble & (1 << bit)) into.add(place * 4 + bit);
  }
  return into;
}
