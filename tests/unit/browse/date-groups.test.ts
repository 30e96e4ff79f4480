import { describe, expect, test } from 'vitest';
import { groupByDate, neighbours } from '../../../src/lib/browse/date-groups.ts';

const article = (id: string, day: string) => ({ id, date: { day } });
// Newest first, as the archive keeps them.
const articles = [
  article('e', '2022-05-13'),
  article('d', '2022-05-12'),
  article('c', '2022-05-12'),
  article('b', '2022-02-22'),
  article('a', '2021-12-14'),
];

describe('groupByDate', () => {
  const tree = groupByDate(articles);

  test('builds years, months and days newest first with counts', () => {
    expect(tree.years.map((year) => [year.key, year.count])).toEqual([
      ['2022', 4],
      ['2021', 1],
    ]);
    expect(tree.months.map((month) => [month.key, month.count])).toEqual([
      ['2022-05', 3],
      ['2022-02', 1],
      ['2021-12', 1],
    ]);
    expect(tree.days.map((day) => day.key)).toEqual(['2022-05-13', '2022-05-12', '2022-02-22', '2021-12-14']);
  });

  test('keeps two articles of one day together, in the given order', () => {
    expect(tree.day.get('2022-05-12')?.articles.map(({ id }) => id)).toEqual(['d', 'c']);
  });

  test('gives numeric parts and lookups by key', () => {
    expect(tree.month.get('2022-05')).toMatchObject({ year: 2022, month: 5 });
    expect(tree.day.get('2022-02-22')).toMatchObject({ year: 2022, month: 2, day: 22 });
    expect(tree.year.get('2020')).toBeUndefined();
    expect(tree.year.get('2022')?.months.map((month) => month.key)).toEqual(['2022-05', '2022-02']);
  });

  test('is empty for no articles', () => {
    expect(groupByDate([])).toMatchObject({ years: [], months: [], days: [] });
  });
});

describe('neighbours', () => {
  const months = groupByDate(articles).months;

  test('skips empty periods: the neighbours are the nearest non-empty ones', () => {
    expect(neighbours(months, 1)).toEqual({ earlier: months[2], later: months[0] });
  });

  test('has no later neighbour for the newest and no earlier one for the oldest', () => {
    expect(neighbours(months, 0).later).toBeUndefined();
    expect(neighbours(months, 2).earlier).toBeUndefined();
  });

  test('has no neighbours for a position not in the list', () => {
    expect(neighbours(months, -1)).toEqual({ earlier: undefined, later: undefined });
  });
});
