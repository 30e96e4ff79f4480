import { describe, expect, test } from 'vitest';
import { coMentions } from '../../../src/lib/browse/co-mentions.ts';

const articles = [
  { people: ['lavrov', 'bayramov'] },
  { people: ['lavrov', 'bayramov', 'mirzoyan'] },
  { people: ['lavrov', 'zakharova', 'zakharova'] },
  { people: ['lavrov', 'mirzoyan'] },
];

describe('coMentions', () => {
  test('counts the articles each id appears in, most frequent first', () => {
    expect(coMentions(articles, (article) => article.people, { exclude: 'lavrov' })).toEqual([
      { id: 'bayramov', count: 2 },
      { id: 'mirzoyan', count: 2 },
      { id: 'zakharova', count: 1 },
    ]);
  });

  test('breaks ties with the given order and respects the limit', () => {
    const reversed = (a: string, b: string) => (a < b ? 1 : a > b ? -1 : 0);
    expect(
      coMentions(articles, (article) => article.people, { exclude: 'lavrov', tieBreak: reversed, limit: 2 }),
    ).toEqual([
      { id: 'mirzoyan', count: 2 },
      { id: 'bayramov', count: 2 },
    ]);
  });

  test('counts an id repeated in one article once', () => {
    expect(
      coMentions(articles, (article) => article.people).find(({ id }) => id === 'zakharova')?.count,
    ).toBe(1);
  });
});
