/**
 * The dates an article's text mentions: «9 ноября 2020 года», «11.01.2021», and dates without
 * a year («6 апреля», «6 апреля этого года», «прошлого года») resolved against the year the
 * article was published. Extracted at build time so a reader searching for a day finds the
 * articles that talk about it, not only those published on it.
 */
import { MONTH_PATTERN, isRealDay, monthNumber, type CalendarDay } from './calendar.ts';

const RELATIVE_YEAR: Record<string, number> = {
  этого: 0,
  текущего: 0,
  нынешнего: 0,
  сего: 0,
  прошлого: -1,
  минувшего: -1,
  прошедшего: -1,
  будущего: 1,
  следующего: 1,
  позапрошлого: -2,
};

const WORDY_DATE = new RegExp(
  `(?<![\\p{L}\\d])(\\d{1,2})\\s+(${MONTH_PATTERN})(?![\\p{L}])` +
    `(?:\\s+(?:(\\d{4})|(${Object.keys(RELATIVE_YEAR).join('|')})\\s+года))?`,
  'giu',
);
const NUMERIC_DATE = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d])/gu;

/** Every real calendar day the text names, in order of first mention, without repeats. */
export function mentionedDates(text: string, publicationYear: number): CalendarDay[] {
  const found = new Map<string, { at: number; date: CalendarDay }>();
  const keep = (at: number, date: CalendarDay) => {
    const id = `${date.year}-${date.month}-${date.day}`;
    if (isRealDay(date) && !found.has(id)) found.set(id, { at, date });
  };
  for (const match of text.matchAll(WORDY_DATE)) {
    const [, day, monthWord, year, relative] = match;
    const month = monthNumber(monthWord ?? '');
    if (!month) continue;
    const resolvedYear = year
      ? Number(year)
      : publicationYear + (relative ? (RELATIVE_YEAR[relative.toLocaleLowerCase('ru')] ?? 0) : 0);
    keep(match.index, { year: resolvedYear, month, day: Number(day) });
  }
  for (const match of text.matchAll(NUMERIC_DATE)) {
    const [, day, month, year] = match;
    keep(match.index, { year: Number(year), month: Number(month), day: Number(day) });
  }
  return [...found.values()].sort((a, b) => a.at - b.at).map(({ date }) => date);
}
