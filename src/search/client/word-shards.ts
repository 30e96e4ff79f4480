/**
 * Which year shards can answer a free-text query, from the word directory
 * (`/search/words/<file>.json`, src/search/shared/word-directory.ts): for each word of the
 * query, the shards holding an indexed word that begins with its stem (Pagefind prefix-matches
 * stems); a shard must hold every word. A word that begins no indexed word (Pagefind then falls
 * back on a shorter one) or begins too many to look up (a split prefix such as «по») rules
 * out no shard.
 */
import { bucketFile } from '../shared/directory.ts';
import {
  WORDS_FOLDER,
  decodeShards,
  stemBucket,
  type WordBucketJson,
  type WordDirectoryManifest,
} from '../shared/word-directory.ts';
import { FetchOnce } from './fetch-once.ts';
import type { ShardManifest } from '../shared/shards.ts';
import { queryStems } from './word-stems.ts';

/** The shards holding an indexed word that begins with `stem`, from the file of its prefix. */
export function holdersIn(bucket: string, file: WordBucketJson, stem: string): Set<number> {
  const holders = new Set<number>();
  for (const [rest, shards] of Object.entries(file))
    if ((bucket + rest).startsWith(stem)) decodeShards(shards, holders);
  return holders;
}

/** The shards in every set (`undefined`: no set constrains them). */
export function intersect(sets: readonly Set<number>[]): Set<number> | undefined {
  const [first, ...rest] = sets;
  if (!first) return undefined;
  return new Set([...first].filter((shard) => rest.every((set) => set.has(shard))));
}

export class WordShards {
  readonly #base: string;
  readonly #files = new FetchOnce<WordBucketJson>({ missingIsEmpty: true });

  constructor(base: string) {
    this.#base = base;
  }

  /**
   * Whether the last word of a text being typed begins too many indexed words to look up (its
   * stem is a split prefix, such as «со»): searched, it would fetch every index chunk of them,
   * for a result the next keystroke replaces. Free text of that kind waits for a pause.
   */
  async typingBroad(text: string, manifest: Promise<ShardManifest>): Promise<boolean> {
    const last = queryStems(text).at(-1);
    const words = (await manifest).words;
    return last !== undefined && words !== undefined && stemBucket(last, new Set(words.split)) === undefined;
  }

  /**
   * The shards (by place in the manifest) that can answer `term`, or `undefined` when the
   * directory rules none out (or the build wrote none).
   */
  async shardsFor(
    term: string,
    manifest: WordDirectoryManifest | undefined,
  ): Promise<Set<number> | undefined> {
    if (!manifest) return undefined;
    const split = new Set(manifest.split);
    const found = await Promise.all(
      queryStems(term).map(async (stem) => {
        const bucket = stemBucket(stem, split);
        if (bucket === undefined) return undefined;
        const file = await this.#files.get(`${this.#base}${WORDS_FOLDER}/${bucketFile(bucket)}.json`);
        const holders = file ? holdersIn(bucket, file, stem) : new Set<number>();
        return holders.size > 0 ? holders : undefined;
      }),
    );
    return intersect(found.filter((holders) => holders !== undefined));
  }
}
