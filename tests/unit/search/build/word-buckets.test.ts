import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { planWordDirectory, writeWordDirectory } from '../../../../src/search/build/word-buckets.ts';
import { bucketFile } from '../../../../src/search/shared/directory.ts';
import { decodeShards, wordBucket } from '../../../../src/search/shared/word-directory.ts';

const workspace = mkdtempSync(join(tmpdir(), 'letopis-words-'));
afterAll(() => rmSync(workspace, { recursive: true, force: true }));

/** Every word of the directory with its shards, read back through the files. */
function readBack(directory: ReturnType<typeof planWordDirectory>): Map<string, number[]> {
  const words = new Map<string, number[]>();
  for (const [prefix, file] of directory.buckets)
    for (const [rest, shards] of Object.entries(file))
      words.set(
        prefix + rest,
        [...decodeShards(shards)].sort((a, b) => a - b),
      );
  return words;
}

describe('planWordDirectory', () => {
  test('each word with the shards that hold it, in the file its prefix names', () => {
    const directory = planWordDirectory(
      [
        ['безопасн', 'мир', 'поток'],
        ['безопасн', 'поток2'],
      ],
      600,
    );
    expect(directory.split).toEqual([]);
    expect(readBack(directory)).toEqual(
      new Map([
        ['безопасн', [0, 1]],
        ['мир', [0]],
        ['поток', [0]],
        ['поток2', [1]],
      ]),
    );
    expect(directory.buckets.get('п')).toEqual({ оток: '1', оток2: '2' });
  });

  test('a prefix with too many words splits letter by letter, and every word stays reachable', () => {
    const words = ['па', 'пар', 'парк', 'пари', 'пах', 'пол', 'поле', 'по', 'мир'];
    const directory = planWordDirectory([words], 2);
    expect(directory.split).toEqual(['п', 'па', 'пар', 'по']);
    const split = new Set(directory.split);
    for (const word of words) {
      const bucket = wordBucket(word, split);
      // A word equal to a split prefix is never looked up (stemBucket), so it need not be kept.
      if (split.has(word)) continue;
      expect(directory.buckets.get(bucket)?.[word.slice(bucket.length)]).toBe('1');
    }
    expect(directory.buckets.has('пар')).toBe(false);
  });
});

describe('writeWordDirectory', () => {
  test('writes one file per prefix, replacing the previous directory whole', () => {
    const folder = join(workspace, 'words');
    writeWordDirectory(planWordDirectory([['мир', 'поток']], 600), folder);
    writeWordDirectory(planWordDirectory([['мир']], 600), folder);
    expect(readdirSync(folder)).toEqual([`${bucketFile('м')}.json`]);
    expect(JSON.parse(readFileSync(join(folder, `${bucketFile('м')}.json`), 'utf8'))).toEqual({ ир: '1' });
  });
});
