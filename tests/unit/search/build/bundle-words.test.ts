import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { encode } from 'cborg';
import { afterAll, describe, expect, test } from 'vitest';
import { bundleWords, chunkWords } from '../../../../src/search/build/bundle-words.ts';
import { saveBundleWords, shardWords } from '../../../../src/search/build/shard-words.ts';

const workspace = mkdtempSync(join(tmpdir(), 'letopis-bundle-words-'));
afterAll(() => rmSync(workspace, { recursive: true, force: true }));

/** An index chunk as Pagefind writes one: `[[ [word, [[page, [positions]]], [variants]] ]]`. */
function chunk(words: string[]): Uint8Array {
  const entries = words.map((word, at) => [
    word,
    [
      [at, [1, 5, -2, 3]],
      [2, [4], [-1, 0]],
    ],
    word.startsWith('е') ? [[word.replace('е', 'ё'), [[0, [7]]]]] : [],
  ]);
  return gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), encode([entries])]));
}

function bundle(name: string, chunks: string[][]): string {
  const folder = join(workspace, name);
  mkdirSync(join(folder, 'index'), { recursive: true });
  chunks.forEach((words, at) => writeFileSync(join(folder, 'index', `ru_${at}.pf_index`), chunk(words)));
  return folder;
}

describe('chunkWords and bundleWords', () => {
  test('read the words of Pagefind index chunks, skipping their pages and variants', () => {
    expect(chunkWords(chunk(['безопасн', 'елк', 'мирн']))).toEqual(['безопасн', 'елк', 'мирн']);
    const folder = bundle('two-chunks', [
      ['мирн', 'соглашен'],
      ['безопасн', 'мирн'],
    ]);
    expect(bundleWords(folder)).toEqual(['безопасн', 'мирн', 'соглашен']);
  });

  test('refuse a file that is not an index chunk', () => {
    expect(() => chunkWords(gzipSync(Buffer.from('not a chunk')))).toThrow('not a Pagefind index chunk');
  });
});

describe('saveBundleWords and shardWords', () => {
  test('keep the words beside the bundle, and read them back from there', () => {
    const folder = bundle('kept', [['поток', 'поток2']]);
    expect(saveBundleWords(folder)).toEqual(['поток', 'поток2']);
    expect(JSON.parse(readFileSync(`${folder}.words.json`, 'utf8'))).toEqual(['поток', 'поток2']);
    writeFileSync(`${folder}.words.json`, JSON.stringify(['из файла']));
    expect(shardWords(folder)).toEqual(['из файла']);
  });

  test('read a bundle without the file from its index (a cache from before the directory)', () => {
    const folder = bundle('old-cache', [['брекз', 'брексит']]);
    expect(shardWords(folder)).toEqual(['брекз', 'брексит']);
  });
});
