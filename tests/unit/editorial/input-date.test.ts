import { expect, test } from 'vitest';
import { parseInputDate } from '../../../src/lib/editorial/input-date.ts';

test('a bare date is that day in Moscow', () => {
  const parsed = parseInputDate('2022-05-12');
  expect(parsed).toMatchObject({
    ok: true,
    value: { text: '2022-05-12', date: { day: '2022-05-12', hasTime: false } },
  });
});

test('a date-time is kept and filed under its Moscow day', () => {
  const parsed = parseInputDate('2022-05-19T22:30:00Z');
  expect(parsed).toMatchObject({
    ok: true,
    value: { text: '2022-05-19T22:30:00Z', date: { day: '2022-05-20' } },
  });
});

test('a date-time without offset is read as Moscow time and written with its offset', () => {
  expect(parseInputDate('2022-05-21T09:15:00')).toMatchObject({
    ok: true,
    value: { text: '2022-05-21T09:15:00+03:00', date: { day: '2022-05-21' } },
  });
});

test('an impossible day and an unknown format say what is wrong', () => {
  expect(parseInputDate('2022-02-30')).toEqual({
    ok: false,
    reason: '"2022-02-30" is an impossible date: there is no such day',
  });
  // Vitest types its asymmetric matchers `any`; `as unknown` keeps that out of typed code.
  expect(parseInputDate('12.05.2022')).toMatchObject({
    ok: false,
    reason: expect.stringContaining('"12.05.2022" is not a date: write YYYY-MM-DD') as unknown,
  });
  expect(parseInputDate(20220512)).toMatchObject({
    ok: false,
    reason: expect.stringContaining('must be a string') as unknown,
  });
});

test('a year outside 1000–9999 in Moscow time is refused as such, with the year', () => {
  expect(parseInputDate('0001-01-01')).toEqual({
    ok: false,
    reason: '"0001-01-01": year 1 is outside 1000–9999 (Moscow time); write the real date, e.g. 2022-05-12',
  });
  // 23:30 UTC on the last day of 9999 is already 10000 in Moscow: it would have gone to articles/10000/.
  expect(parseInputDate('9999-12-31T23:30:00Z')).toMatchObject({
    ok: false,
    reason: expect.stringContaining('year 10000 is outside 1000–9999') as unknown,
  });
  expect(parseInputDate('9999-12-31T20:59:00Z')).toMatchObject({
    ok: true,
    value: { date: { day: '9999-12-31' } },
  });
  expect(parseInputDate('1000-01-01')).toMatchObject({ ok: true, value: { date: { day: '1000-01-01' } } });
  expect(parseInputDate('2022-02-30')).toMatchObject({
    ok: false,
    reason: expect.stringContaining('no such day') as unknown,
  });
});
