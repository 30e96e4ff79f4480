import { describe, expect, test } from 'vitest';
import { normalizeQuery, queryStems } from '../../../../src/search/client/word-stems.ts';

describe('query stems as Pagefind computes them', () => {
  test('punctuation goes (a hyphenated word becomes one), letters are lower case, ё and й lose their marks', () => {
    expect(normalizeQuery('«Северный поток-2»')).toBe('северныи поток2');
    expect(normalizeQuery('  Пётр   Петров, (ТАСС) ')).toBe('петр петров тасс');
  });

  test('each word is stemmed by the Snowball Russian stemmer', () => {
    expect(queryStems('безопасности')).toEqual(['безопасн']);
    expect(queryStems('мирному соглашению')).toEqual(['мирн', 'соглашен']);
    expect(queryStems('')).toEqual([]);
  });
});
