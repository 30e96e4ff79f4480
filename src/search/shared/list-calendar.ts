/**
 * Which date lists exist (search-lists.ts): `search/lists/dates.json`, written with them. The
 * search page reads it before a day's, month's or year's list, so that a date nobody wrote
 * about or named («2 мая 2022», «май 1990») costs no request that answers 404 (a browser logs
 * every 404 in the console) and no round trip: it has no articles.
 */

/** The file, under the lists' folder. */
export const CALENDAR_FILE = 'dates.json';

/**
 * `dates.json`: the months with a list, each with a bit per day that has one; the years; the
 * days of the year with a list of every year's.
 */
export interface ListCalendar {
  /** `YYYY-MM` → bit `day - 1` set when `days/YYYY-MM-DD.json` exists. */
  months: Record<string, number>;
  years: number[];
  /** `MM` → bit `day - 1` set when `yearly/MM-DD.json` exists. */
  yearly: Record<string, number>;
}

const DAY_FILE = /^days\/(\d{4}-\d{2})-(\d{2})\.json$/u;
const YEARLY_FILE = /^yearly\/(\d{2})-(\d{2})\.json$/u;
const MONTH_FILE = /^months\/(\d{4}-\d{2})\.json$/u;
const YEAR_FILE = /^years\/(\d{4})\.json$/u;

/** The calendar of a set of list files (`days/2022-05-12.json`, `months/2022-05.json`, …). */
export function listCalendar(files: Iterable<string>): ListCalendar {
  const months: Record<string, number> = {};
  const yearly: Record<string, number> = {};
  const years = new Set<number>();
  for (const file of files) {
    const day = DAY_FILE.exec(file);
    if (day) months[day[1]!] = (months[day[1]!] ?? 0) | (1 << (Number(day[2]) - 1));
    const yearDay = YEARLY_FILE.exec(file);
    if (yearDay) yearly[yearDay[1]!] = (yearly[yearDay[1]!] ?? 0) | (1 << (Number(yearDay[2]) - 1));
    const month = MONTH_FILE.exec(file);
    if (month) months[month[1]!] ??= 0;
    const year = YEAR_FILE.exec(file);
    if (year) years.add(Number(year[1]));
  }
  const sorted = (record: Record<string, number>) =>
    Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : 1)));
  return { months: sorted(months), years: [...years].sort((a, b) => a - b), yearly: sorted(yearly) };
}

/** Whether a list file is a date's (a day's, month's, year's or yearly), which the calendar knows of. */
export function isDateList(file: string): boolean {
  return DAY_FILE.test(file) || MONTH_FILE.test(file) || YEAR_FILE.test(file) || YEARLY_FILE.test(file);
}

/** Whether a list file exists by the calendar; files other than dates' are not its business. */
export function listExists(calendar: ListCalendar, file: string): boolean {
  const day = DAY_FILE.exec(file);
  if (day) return ((calendar.months[day[1]!] ?? 0) & (1 << (Number(day[2]) - 1))) !== 0;
  const month = MONTH_FILE.exec(file);
  if (month) return month[1]! in calendar.months;
  const year = YEAR_FILE.exec(file);
  if (year) return calendar.years.includes(Number(year[1]));
  const yearDay = YEARLY_FILE.exec(file);
  if (yearDay) return ((calendar.yearly[yearDay[1]!] ?? 0) & (1 << (Number(yearDay[2]) - 1))) !== 0;
  return true;
}
