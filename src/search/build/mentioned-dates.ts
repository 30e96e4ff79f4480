/**
 * The dates an article's text mentions: «9 ноября 2020 года», «11.01.2021», and dates without
 * a year («6 апреля», «6 апреля этого года», «прошлого года») resolved against the year the
 * article was published. Extracted at build time so a reader searching for a day finds the
 * articles that talk about it, not only those published on it; and the years it writes.
 */
import { MONTH_PATTERN, isRealDay, monthNumber, type CalendarDay } from '../shared/calendar.ts';

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

// A year is a number of its own: not part of a word, a longer number or a dotted date (12.05.2013).
const WRITTEN_YEAR = /(?<![\p{L}\d]|\d[./])((?:19|20)\d{2})(?![\p{L}\d]|[./]\d)/gu;

/** How many times the text writes each year from 1900 to 2099: «в 2013 году», «2012–2013». */
export function mentionedYears(text: string): Map<number, number> {
  const years = new Map<number, number>();
  for (const [, year] of text.matchAll(WRITTEN_YEAR))
    years.set(Number(year), (years.get(Number(year)) ?? 0) + 1);
  return years;
}

/** The dates an article carries for search: the days its text names, the years it is about. */
export interface ArticleDates {
  mentioned: CalendarDay[];
  /** Year → weight (`articleYears`). */
  years: Map<number, number>;
}

/** An article's `ArticleDates`, from its publication day and its whole text. */
export function articleDates(published: CalendarDay, text: string): ArticleDates {
  const mentioned = mentionedDates(text, published.year);
  return { mentioned, years: articleYears(published, mentioned, text) };
}

/**
 * The years an article is about and how much, which a search for the year finds it by and
 * ranks it by: one for the year it was published in, one for each day of the year it names
 * (`mentioned`), one for each time its text writes the year.
 */
export function articleYears(
  published: CalendarDay,
  mentioned: readonly CalendarDay[],
  text: string,
): Map<number, number> {
  const years = mentionedYears(text);
  for (const day of [published, ...mentioned]) years.set(day.year, (years.get(day.year) ?? 0) + 1);
  return years;
}
