/**
 * Builds the word directory (src/search/shared/word-directory.ts) from the words of each year
 * shard (bundle-words.ts): every word with the shards that hold it, in files by prefix, a
 * prefix split letter by letter while it holds more than `MAX_BUCKET_WORDS` words. Measured on
 * the benchmark's 5,000 articles (135,000 words, two shards): 1,397 files, a median file of
 * 0.2 KB and the largest 4.3 KB gzipped; the split prefixes list 0.2 KB.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bucketFile } from '../shared/directory.ts';
import { encodeShards, type WordBucketJson } from '../shared/word-directory.ts';

/** The directory's files by prefix, and the prefixes split into longer ones. */
export interface WordDirectory {
  split: string[];
  buckets: Map<string, WordBucketJson>;
}

/**
 * The directory of `shards`' words: `shards[i]` lists the words of the manifest's shard `i`
 * (oldest first, as shards.json lists them).
 */
export function planWordDirectory(
  shards: readonly (readonly string[])[],
  maxBucketWords: number,
): WordDirectory {
  const holders = new Map<string, number[]>();
  shards.forEach((words, shard) => {
    for (const word of words) {
      const list = holders.get(word);
      if (list) {
        if (list.at(-1) !== shard) list.push(shard);
      } else holders.set(word, [shard]);
    }
  });
  const split: string[] = [];
  const buckets = new Map<string, WordBucketJson>();
  // Each group shares a prefix one letter shorter than `length`; grouped by `length` letters.
  const pending: { words: string[]; length: number }[] = [{ words: [...holders.keys()].sort(), length: 1 }];
  for (let group = pending.pop(); group; group = pending.pop()) {
    const { words, length } = group;
    for (const [prefix, members] of Map.groupBy(words, (word) => word.slice(0, length))) {
      // A word as long as the prefix stays behind when it splits: no query reads it there
      // (a query word that is a split prefix is not looked up).
      const longer = members.filter((word) => word.length > length);
      if (members.length > maxBucketWords && longer.length > 0) {
        split.push(prefix);
        pending.push({ words: longer, length: length + 1 });
      } else {
        buckets.set(
          prefix,
          Object.fromEntries(
            members.map((word) => [word.slice(prefix.length), encodeShards(holders.get(word)!)]),
          ),
        );
      }
    }
  }
  return { split: split.sort(), buckets };
}

/**
 * Writes the directory's files into `folder` as a whole: into a folder beside it first, which
 * then takes its place, so a build that stops halfway leaves the previous directory whole.
 */
export function writeWordDirectory(directory: WordDirectory, folder: string): void {
  const fresh = `${folder}.new`;
  rmSync(fresh, { recursive: true, force: true });
  mkdirSync(fresh, { recursive: true });
  for (const [prefix, bucket] of directory.buckets)
    writeFileSync(join(fresh, `${bucketFile(prefix)}.json`), JSON.stringify(bucket));
  rmSync(folder, { recursive: true, force: true });
  renameSync(fresh, folder);
}
