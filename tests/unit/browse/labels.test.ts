import { describe, expect, test } from 'vitest';
import { capitalize, dayMonth, dayWithCount, monthName } from '../../../src/lib/browse/labels.ts';
import { dateCrumbs } from '../../../src/lib/browse/crumbs.ts';
import { dayPath, monthPath, yearPath } from '../../../src/lib/browse/paths.ts';

const NBSP = '\u00a0';

describe('labels', () => {
  test('month names are nominative and lowercase', () => {
    expect(monthName(5)).toBe('май');
    expect(monthName(3)).toBe('март');
    expect(monthName(12)).toBe('декабрь');
  });

  test('a day without its year is genitive', () => {
    expect(dayMonth('2022-05-12')).toBe('12 мая');
    expect(dayMonth('2020-03-01')).toBe('1 марта');
  });

  test('a calendar day label has the date and the agreeing count', () => {
    expect(dayWithCount('2022-05-12', 1)).toBe(`12 мая 2022, 1${NBSP}материал`);
    expect(dayWithCount('2022-05-12', 2)).toBe(`12 мая 2022, 2${NBSP}материала`);
    expect(dayWithCount('2022-05-12', 5)).toBe(`12 мая 2022, 5${NBSP}материалов`);
  });
});

describe('paths', () => {
  test('read like the calendar', () => {
    expect(yearPath(2022)).toBe('/2022/');
    expect(monthPath(2022, 5)).toBe('/2022/05/');
    expect(dayPath('2022-05-12')).toBe('/2022/05/12/');
  });
});

describe('dateCrumbs', () => {
  test('an article’s crumbs go down to its day', () => {
    expect(dateCrumbs('2022-05-12', 'day')).toEqual([
      { label: 'Главная', path: '/' },
      { label: '2022', path: '/2022/' },
      { label: 'Май', path: '/2022/05/' },
      { label: '12 мая', path: '/2022/05/12/' },
    ]);
  });

  test('a day’s crumbs stop at its month, a month’s at its year', () => {
    expect(dateCrumbs('2022-05-12', 'month').map(({ label }) => label)).toEqual(['Главная', '2022', 'Май']);
    expect(dateCrumbs('2022-05-12', 'year').map(({ label }) => label)).toEqual(['Главная', '2022']);
  });
});

describe('capitalize', () => {
  test('capitalises a month that starts a heading, and nothing else', () => {
    expect(capitalize('май 2022')).toBe('Май 2022');
    expect(capitalize('ёлка')).toBe('Ёлка');
    expect(capitalize('2022 год')).toBe('2022 год');
    expect(capitalize('')).toBe('');
  });
});
