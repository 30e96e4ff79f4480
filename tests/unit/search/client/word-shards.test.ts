import { afterEach, describe, expect, test, vi } from 'vitest';
import { WordShards, holdersIn, intersect } from '../../../../src/search/client/word-shards.ts';
import { bucketFile } from '../../../../src/search/shared/directory.ts';
import { encodeShards } from '../../../../src/search/shared/word-directory.ts';

const sorted = (set: Set<number> | undefined) => (set ? [...set].sort((a, b) => a - b) : set);

describe('holdersIn', () => {
  test('the shards of every word the stem begins (Pagefind prefix-matches stems)', () => {
    const file = { оток: encodeShards([0]), оток2: encodeShards([2]), ол: encodeShards([1]) };
    expect(sorted(holdersIn('п', file, 'поток'))).toEqual([0, 2]);
    expect(sorted(holdersIn('п', file, 'поток2'))).toEqual([2]);
    expect(sorted(holdersIn('п', file, 'потоп'))).toEqual([]);
  });
});

describe('intersect', () => {
  test('the shards in every set; no set, no constraint', () => {
    expect(sorted(intersect([new Set([0, 1, 2]), new Set([1, 2])]))).toEqual([1, 2]);
    expect(intersect([])).toBeUndefined();
  });
});

describe('WordShards', () => {
  afterEach(() => vi.unstubAllGlobals());
  const files: Record<string, Record<string, string>> = {
    [`/search/words/${bucketFile('б')}.json`]: { езопасн: encodeShards([0, 1, 2]) },
    [`/search/words/${bucketFile('с')}.json`]: { оглашен: encodeShards([1, 2]) },
    [`/search/words/${bucketFile('м')}.json`]: { ирн: encodeShards([0, 2]) },
  };
  const fetched: string[] = [];
  const stubFetch = () =>
    vi.stubGlobal('fetch', (url: string) => {
      fetched.push(url);
      const file = files[url];
      return Promise.resolve(
        new Response(file ? JSON.stringify(file) : 'not found', { status: file ? 200 : 404 }),
      );
    });

  test('a shard must hold every word of the query', async () => {
    stubFetch();
    const words = new WordShards('/');
    const split = { split: ['п', 'по'] };
    expect(sorted(await words.shardsFor('мирному соглашению', split))).toEqual([2]);
    expect(sorted(await words.shardsFor('безопасности', split))).toEqual([0, 1, 2]);
  });

  test('a word that begins no indexed word, or too many, rules out nothing', async () => {
    stubFetch();
    const words = new WordShards('/');
    const split = { split: ['п', 'по'] };
    expect(sorted(await words.shardsFor('соглашение юрта', split))).toEqual([1, 2]);
    fetched.length = 0;
    expect(sorted(await words.shardsFor('по соглашению', split))).toEqual([1, 2]);
    expect(fetched).toEqual([]); // «по» is split (it begins too many words); «с» was fetched already
    expect(await words.shardsFor('безопасности', undefined)).toBeUndefined();
  });
});

describe('WordShards.typingBroad', () => {
  test('a last word whose stem is a split prefix is too broad to search while typing', async () => {
    const words = new WordShards('/');
    const manifest = Promise.resolve({ shards: [], words: { split: ['с', 'со', 'п', 'по'] } });
    expect(await words.typingBroad('мирному со', manifest)).toBe(true);
    expect(await words.typingBroad('мирному сог', manifest)).toBe(false);
    expect(await words.typingBroad('по', manifest)).toBe(true);
    expect(await words.typingBroad('по', Promise.resolve({ shards: [] }))).toBe(false);
  });
});
