import { describe, expect, test } from 'vitest';
import { buildIndexes } from '../../../src/lib/browse/archive-index.ts';
import { relatedArticles, relatedScore } from '../../../src/lib/browse/related.ts';

const article = (id: string, day: string, peopleIds: string[], placeIds: string[]) => ({
  id,
  date: { day },
  sourceId: 'tass',
  peopleIds,
  placeIds,
});

// Newest first.
const archive = [
  article('f', '2022-06-01', ['lavrov'], []),
  article('e', '2022-05-20', [], ['moskva']),
  article('d', '2022-05-13', ['lavrov', 'bayramov'], ['dushanbe']),
  article('c', '2022-05-12', ['lavrov', 'bayramov'], ['dushanbe', 'baku']),
  article('b', '2022-05-04', ['lavrov'], ['moskva']),
  article('a', '2019-01-01', ['lavrov', 'bayramov'], []),
  article('z', '2018-01-01', ['sobyanin'], ['kazan']),
];
const indexes = buildIndexes(archive);
const related = (id: string, options = {}) =>
  relatedArticles(
    archive.find((item) => item.id === id)!,
    { ...indexes, ...options },
  ).map((item) => item.id);

describe('relatedScore', () => {
  test('a shared person weighs twice a shared place', () => {
    expect(relatedScore(archive[3]!, archive[2]!)).toBe(2 * 2 + 1);
    expect(relatedScore(archive[3]!, archive[0]!)).toBe(2);
    expect(relatedScore(archive[4]!, archive[1]!)).toBe(1);
    expect(relatedScore(archive[3]!, archive[6]!)).toBe(0);
  });
});

describe('relatedArticles', () => {
  test('ranks by shared people and places, then by nearness in time', () => {
    // d shares two people and a place; a shares two people but is three years away from c,
    // so it comes after d; f and b share one person each, b is nearer (8 days vs 20).
    expect(related('c')).toEqual(['d', 'a', 'b', 'f']);
  });

  test('never lists the article itself or articles sharing nothing', () => {
    expect(related('c')).not.toContain('c');
    expect(related('z')).toEqual([]);
  });

  test('respects the limit', () => {
    expect(related('c', { limit: 2 })).toEqual(['d', 'a']);
  });

  test('looks only at the nearest articles in time of each person and place', () => {
    // With a window of one, c sees only its direct neighbours in each list.
    expect(related('c', { window: 1 })).toEqual(['d', 'a', 'b']);
    expect(related('f', { window: 1 })).toEqual(['d']);
  });

  test('among equal scores, the nearer in days comes first, not the nearer in the list', () => {
    // a is next to b in the archive but three years away; f is 28 days away.
    expect(related('b')).toEqual(['c', 'd', 'f', 'a', 'e']);
  });
});
