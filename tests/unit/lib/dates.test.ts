import { describe, expect, test } from 'vitest';
import {
  articleDateProblem,
  dayParts,
  formatDay,
  formatMonth,
  machineDate,
  moscowDateTime,
  parseArticleDate,
  rfc822Date,
} from '../../../src/lib/dates.ts';

describe('parseArticleDate', () => {
  test('a bare date is that day in Moscow', () => {
    const date = parseArticleDate('2022-05-12');
    expect(date).toEqual({ instant: new Date('2022-05-11T21:00:00Z'), day: '2022-05-12', hasTime: false });
  });

  test('YAML’s Date at UTC midnight is read as the same calendar day', () => {
    expect(parseArticleDate(new Date('2022-05-12T00:00:00Z'))?.day).toBe('2022-05-12');
  });

  test('a date-time keeps its moment and falls on its Moscow day', () => {
    const late = parseArticleDate('2022-05-12T22:30:00Z');
    expect(late?.day).toBe('2022-05-13');
    expect(late?.hasTime).toBe(true);
    expect(parseArticleDate('2022-05-12T23:59:00+03:00')?.day).toBe('2022-05-12');
  });

  test('refuses impossible dates, missing offsets and other shapes', () => {
    for (const bad of [
      '2022-02-30',
      '2022-13-01',
      '2022-05-12T10:00:00',
      '12.05.2022',
      'вчера',
      '',
      20220512,
      null,
    ]) {
      expect(parseArticleDate(bad), String(bad)).toBeUndefined();
    }
  });
});

describe('formatting', () => {
  test('prints the day with a genitive month, in Moscow time', () => {
    expect(formatDay('2022-05-12')).toBe('12 мая 2022');
    expect(formatDay(parseArticleDate('2022-05-31T22:00:00Z')!)).toBe('1 июня 2022');
    expect(formatDay('2021-03-08')).toBe('8 марта 2021');
  });

  test('prints a month in the nominative, lowercase', () => {
    expect(formatMonth(2022, 5)).toBe('май 2022');
    expect(formatMonth(2020, 11)).toBe('ноябрь 2020');
  });

  test('gives <time datetime> a date, or a date-time with the Moscow offset', () => {
    expect(machineDate(parseArticleDate('2022-05-12')!)).toBe('2022-05-12');
    expect(machineDate(parseArticleDate('2022-05-12T11:30:00Z')!)).toBe('2022-05-12T14:30:00+03:00');
  });

  test('splits a day into numbers', () => {
    expect(dayParts('2022-05-12')).toEqual({ year: 2022, month: 5, day: 12 });
  });
});

describe('articleDateProblem', () => {
  test.each([
    ['2022-05-12', undefined],
    ['0001-01-01', 'year 1 is outside 1000–9999 (Moscow time)'],
    ['0999-12-31', 'year 999 is outside 1000–9999 (Moscow time)'],
    ['9999-12-31T23:30:00Z', 'year 10000 is outside 1000–9999 (Moscow time)'],
    ['+010000-01-01T00:00:00Z', 'year 10000 is outside 1000–9999 (Moscow time)'],
    ['2022-02-30', 'there is no such day'],
    ['12.05.2022', 'not a date'],
    [20220512, 'not a date'],
  ])('%j → %j', (input, expected) => {
    expect(articleDateProblem(input)).toBe(expected);
  });

  test('no day outside four-digit years is ever produced', () => {
    expect(parseArticleDate('9999-12-31T23:30:00Z')).toBeUndefined();
    expect(parseArticleDate('1000-01-01T00:00:00+03:00')).toBeUndefined();
    expect(parseArticleDate('9999-12-31')?.day).toBe('9999-12-31');
  });
});

describe('feed dates', () => {
  test('RFC 822 and RFC 3339 in Moscow time, with the offset of the day', () => {
    // 21:00 UTC on 11 May is midnight of 12 May in Moscow: a reader that prints the date shows the 12th.
    expect(rfc822Date(new Date('2022-05-11T21:00:00Z'))).toBe('Thu, 12 May 2022 00:00:00 +0300');
    expect(moscowDateTime(new Date('2022-05-11T21:00:00Z'))).toBe('2022-05-12T00:00:00+03:00');
    // Moscow kept +04:00 in 2011–2014.
    expect(rfc822Date(new Date('2012-07-01T08:30:05Z'))).toBe('Sun, 01 Jul 2012 12:30:05 +0400');
  });
});
