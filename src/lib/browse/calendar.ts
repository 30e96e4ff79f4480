/**
 * A month as a calendar grid the Russian way: weeks start on Monday, days outside the month
 * are empty cells. Pure calendar arithmetic on UTC dates, so no machine time zone leaks in.
 */

/** One week: seven cells, Monday first; `undefined` for days of the neighbouring months. */
export type CalendarWeek = (number | undefined)[];

/** Weeks of `month` (1–12) of `year`, Monday first. */
export function monthWeeks(year: number, month: number): CalendarWeek[] {
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  // getUTCDay: 0 is Sunday; Monday-first offset of the 1st.
  const leading = (new Date(Date.UTC(year, month - 1, 1)).getUTCDay() + 6) % 7;
  const cells: (number | undefined)[] = [
    ...Array.from({ length: leading }, () => undefined),
    ...Array.from({ length: daysInMonth }, (_, index) => index + 1),
  ];
  while (cells.length % 7 !== 0) cells.push(undefined);
  const weeks: CalendarWeek[] = [];
  for (let start = 0; start < cells.length; start += 7) weeks.push(cells.slice(start, start + 7));
  return weeks;
}
