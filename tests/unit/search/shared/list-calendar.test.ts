import { describe, expect, test } from 'vitest';
import { isDateList, listCalendar, listExists } from '../../../../src/search/shared/list-calendar.ts';

describe('listCalendar', () => {
  const calendar = listCalendar([
    'people/sergey-lavrov.json',
    'months/2022-05.json',
    'days/2022-05-12.json',
    'days/2022-05-31.json',
    'days/2022-05-01.json',
    'months/2021-11.json',
    'days/2021-11-26.json',
    'years/2022.json',
    'years/1990.json',
    'yearly/07-09.json',
    'yearly/12-31.json',
  ]);

  test('holds each month with a bit per day that has a list, the years, and the days of every year, in order', () => {
    expect(calendar).toEqual({
      months: { '2021-11': 1 << 25, '2022-05': 1 | (1 << 11) | (1 << 30) },
      years: [1990, 2022],
      yearly: { '07': 1 << 8, '12': 1 << 30 },
    });
    expect(JSON.parse(JSON.stringify(calendar))).toEqual(calendar);
  });

  test('tells which date lists exist; a name’s list is not its business', () => {
    for (const file of [
      'days/2022-05-12.json',
      'days/2022-05-31.json',
      'months/2021-11.json',
      'years/1990.json',
      'yearly/07-09.json',
    ])
      expect(listExists(calendar, file), file).toBe(true);
    for (const file of [
      'days/2022-05-02.json',
      'days/2021-12-01.json',
      'months/1990-05.json',
      'years/2021.json',
      'yearly/07-10.json',
    ])
      expect(listExists(calendar, file), file).toBe(false);
    expect(listExists(calendar, 'people/nobody.json')).toBe(true);
    expect(
      ['days/2022-05-12.json', 'months/2022-05.json', 'years/2022.json', 'yearly/05-12.json'].every(
        isDateList,
      ),
    ).toBe(true);
    expect(isDateList('people/sergey-lavrov.json') || isDateList('places/baku.json')).toBe(false);
  });
});
