import { describe, expect, test } from 'vitest';
import { dateKeys, dayForms, monthForms } from '../../../../src/search/build/date-forms.ts';
import { isRealDay, monthNumber } from '../../../../src/search/shared/calendar.ts';
import { dayKey, monthKey, yearDayKey } from '../../../../src/search/shared/keys.ts';

describe('dayForms', () => {
  test('gives every spelling of a publication day people type', () => {
    expect(dayForms({ year: 2022, month: 5, day: 12 })).toEqual([
      '12 мая 2022',
      '12.05.2022',
      '12.5.2022',
      '2022-05-12',
    ]);
  });

  test('adds the forms without leading zeros only when they differ', () => {
    expect(dayForms({ year: 2021, month: 1, day: 9 })).toEqual([
      '9 января 2021',
      '09.01.2021',
      '9.1.2021',
      '2021-01-09',
    ]);
    expect(dayForms({ year: 2021, month: 11, day: 26 })).toEqual([
      '26 ноября 2021',
      '26.11.2021',
      '2021-11-26',
    ]);
  });
});

describe('monthForms', () => {
  test('gives the nominative month and the numeric forms', () => {
    expect(monthForms({ year: 2022, month: 5 })).toEqual(['май 2022', '05.2022', '5.2022', '2022-05']);
  });
});

describe('dateKeys', () => {
  test('are the keys of the day, of its month and of that day in every year', () => {
    expect(dateKeys({ year: 2022, month: 5, day: 12 })).toEqual([
      dayKey(2022, 5, 12),
      monthKey(2022, 5),
      yearDayKey(5, 12),
    ]);
    expect(yearDayKey(5, 12)).not.toBe(yearDayKey(12, 5));
  });
});

describe('calendar', () => {
  test('reads month words in any form', () => {
    expect(monthNumber('мая')).toBe(5);
    expect(monthNumber('Май')).toBe(5);
    expect(monthNumber('мае')).toBe(5);
    expect(monthNumber('сент.')).toBe(9);
    expect(monthNumber('маяк')).toBeUndefined();
  });

  test('knows which days exist', () => {
    expect(isRealDay({ year: 2024, month: 2, day: 29 })).toBe(true);
    expect(isRealDay({ year: 2023, month: 2, day: 29 })).toBe(false);
    expect(isRealDay({ year: 2022, month: 13, day: 1 })).toBe(false);
  });
});
