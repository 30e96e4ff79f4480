import { describe, expect, test } from 'vitest';
import { monthWeeks } from '../../../src/lib/browse/calendar.ts';

const _ = undefined;

describe('monthWeeks', () => {
  test('starts weeks on Monday: 1 May 2022 was a Sunday', () => {
    const weeks = monthWeeks(2022, 5);
    expect(weeks[0]).toEqual([_, _, _, _, _, _, 1]);
    expect(weeks[1]).toEqual([2, 3, 4, 5, 6, 7, 8]);
    expect(weeks.at(-1)).toEqual([30, 31, _, _, _, _, _]);
    expect(weeks).toHaveLength(6);
  });

  test('a month starting on Monday has no leading blanks: 1 August 2022', () => {
    expect(monthWeeks(2022, 8)[0]).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  test('February fits four full weeks when it starts on Monday (2021)', () => {
    expect(monthWeeks(2021, 2)).toHaveLength(4);
    expect(
      monthWeeks(2021, 2)
        .flat()
        .filter((day) => day !== undefined),
    ).toHaveLength(28);
  });

  test('knows leap years', () => {
    expect(monthWeeks(2024, 2).flat().filter(Boolean).at(-1)).toBe(29);
    expect(monthWeeks(2023, 2).flat().filter(Boolean).at(-1)).toBe(28);
  });

  test('every week has seven cells and every day appears once', () => {
    for (let month = 1; month <= 12; month += 1) {
      const weeks = monthWeeks(2020, month);
      expect(weeks.every((week) => week.length === 7)).toBe(true);
      const days = weeks.flat().filter((day) => day !== undefined);
      expect(days).toEqual(Array.from({ length: days.length }, (_, index) => index + 1));
    }
  });
});
