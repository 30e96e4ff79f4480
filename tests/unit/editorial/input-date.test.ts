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
