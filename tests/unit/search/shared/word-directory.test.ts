import { describe, expect, test } from 'vitest';
import {
  decodeShards,
  encodeShards,
  stemBucket,
  wordBucket,
} from '../../../../src/search/shared/word-directory.ts';

describe('word directory format', () => {
  test('shards round-trip as a hexadecimal bit set, past 53 shards too', () => {
    expect(encodeShards([0])).toBe('1');
    expect(encodeShards([0, 3, 4])).toBe('19');
    expect(encodeShards([])).toBe('0');
    const many = [0, 25, 52, 60, 99];
    expect([...decodeShards(encodeShards(many))].sort((a, b) => a - b)).toEqual(many);
    expect([...decodeShards('19')].sort()).toEqual([0, 3, 4]);
  });

  test('a word lives in the file of its shortest prefix that is not split', () => {
    const split = new Set(['п', 'по']);
    expect(wordBucket('мир', split)).toBe('м');
    expect(wordBucket('поток', split)).toBe('пот');
    expect(wordBucket('пр', split)).toBe('пр');
    expect(wordBucket('по', split)).toBe('по');
  });

  test('a stem is looked up in one file, unless it is itself split (too many words begin it)', () => {
    const split = new Set(['п', 'по']);
    expect(stemBucket('поток2', split)).toBe('пот');
    expect(stemBucket('пот', split)).toBe('пот');
    expect(stemBucket('мирн', split)).toBe('м');
    expect(stemBucket('по', split)).toBeUndefined();
    expect(stemBucket('п', split)).toBeUndefined();
    expect(stemBucket('', split)).toBeUndefined();
  });
});
