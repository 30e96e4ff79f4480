/**
 * The dates a query names, read the way a person writes them: «12 мая 2022», «2.5.2022»,
 * «2022-05-12», «в мае 2022», «2022», «9 июля» (that day of every year). Each becomes its exact
 * key (keys.ts) and, the first one, the filters it suggests. Kept apart from the names
 * (query.ts): dates are cut out of the text first, and the names are read in what is left.
 */
import {
  MONTH_PATTERN,
  isRealDay,
  monthNumber,
  pad2,
  type CalendarDay,
  type CalendarMonth,
} from '../shared/calendar.ts';
import { dayKey, monthKey, yearDayKey, yearKey } from '../shared/keys.ts';

/** A date the query names, as precisely as it was typed («9 июля»: that day of every year). */
export type DateExpression =
  | { kind: 'day'; text: string; date: CalendarDay }
  | { kind: 'month'; text: string; date: CalendarMonth }
  | { kind: 'year'; text: string; year: number }
  | { kind: 'yearDay'; text: string; month: number; day: number };

/** Filters a query suggests: the publication year or month it names. */
export interface SuggestedFilters {
  year?: string;
  month?: string;
}

const DATE_PATTERNS: readonly {
  pattern: RegExp;
  read: (match: RegExpExecArray) => DateExpression | undefined;
}[] = [
  {
    pattern: new RegExp(`(?<![\\p{L}\\d])(\\d{1,2})\\s+(${MONTH_PATTERN})\\.?\\s+(\\d{4})(?!\\d)`, 'giu'),
    read: ([text, day, month, year]) =>
      dayExpression(text, Number(year), monthNumber(month ?? ''), Number(day)),
  },
  {
    pattern: /(?<![\d.-])(\d{4})-(\d{1,2})-(\d{1,2})(?![\d-])/gu,
    read: ([text, year, month, day]) => dayExpression(text, Number(year), Number(month), Number(day)),
  },
  {
    pattern: /(?<![\d.])(\d{1,2})[./](\d{1,2})[./](\d{4})(?![\d.])/gu,
    read: ([text, day, month, year]) => dayExpression(text, Number(year), Number(month), Number(day)),
  },
  {
    pattern: new RegExp(`(?<![\\p{L}\\d])(${MONTH_PATTERN})\\.?\\s+(\\d{4})(?!\\d)`, 'giu'),
    read: ([text, month, year]) => monthExpression(text, Number(year), monthNumber(month ?? '')),
  },
  {
    pattern: /(?<![\d.-])(\d{4})-(\d{1,2})(?![\d-])/gu,
    read: ([text, year, month]) => monthExpression(text, Number(year), Number(month)),
  },
  {
    pattern: /(?<![\d.])(\d{1,2})\.(\d{4})(?![\d.])/gu,
    read: ([text, month, year]) => monthExpression(text, Number(year), Number(month)),
  },
  {
    pattern: /(?<![\d.\-\p{L}])((?:19|20)\d{2})(?![\d.\-\p{L}])/gu,
    read: ([text, year]) => ({ kind: 'year', text, year: Number(year) }),
  },
  {
    // After the dates with a year: «9 июля 2018» is that day, «9 июля» every 9 July.
    pattern: new RegExp(`(?<![\\p{L}\\d])(\\d{1,2})\\s+(${MONTH_PATTERN})(?![\\p{L}])`, 'giu'),
    read: ([text, day, month]) => yearDayExpression(text, monthNumber(month ?? ''), Number(day)),
  },
];

/** A day of the year in every year; 29 February is one (a leap year has it). */
function yearDayExpression(text: string, month: number | undefined, day: number): DateExpression | undefined {
  return month && isRealDay({ year: 2000, month, day }) ? { kind: 'yearDay', text, month, day } : undefined;
}

function dayExpression(
  text: string,
  year: number,
  month: number | undefined,
  day: number,
): DateExpression | undefined {
  const date = { year, month: month ?? 0, day };
  return isRealDay(date) ? { kind: 'day', text, date } : undefined;
}

function monthExpression(text: string, year: number, month: number | undefined): DateExpression | undefined {
  return month && month <= 12 && isRealDay({ year, month, day: 1 })
    ? { kind: 'month', text, date: { year, month } }
    : undefined;
}

/** What a date expression is searched by: its key (keys.ts). */
function dateTerms(expression: DateExpression): { words: string; key?: string } {
  switch (expression.kind) {
    case 'day': {
      const { year, month, day } = expression.date;
      return { words: '', key: dayKey(year, month, day) };
    }
    case 'month': {
      const { year, month } = expression.date;
      return { words: '', key: monthKey(year, month) };
    }
    case 'year':
      return { words: '', key: yearKey(expression.year) };
    case 'yearDay':
      return { words: '', key: yearDayKey(expression.month, expression.day) };
  }
}

/** The filters the first date suggests: its year and, for a day or a month, its month. */
export function dateFilters(dates: readonly DateExpression[]): SuggestedFilters {
  const first = dates[0];
  if (!first || first.kind === 'yearDay') return {};
  if (first.kind === 'year') return { year: String(first.year) };
  return { year: String(first.date.year), month: `${first.date.year}-${pad2(first.date.month)}` };
}

/** A piece of the query: free text, or a date cut out of it as the words and key it is searched by. */
export type DatePiece = { text: string } | { words: string; key?: string | undefined };

/** Cuts the date expressions out of the text, leaving the rest as free text pieces. */
export function splitDates(text: string): { pieces: DatePiece[]; dates: DateExpression[] } {
  let pieces: DatePiece[] = [{ text }];
  const dates: DateExpression[] = [];
  for (const { pattern, read } of DATE_PATTERNS) {
    pieces = pieces.flatMap((piece) => {
      if (!('text' in piece)) return [piece];
      const out: DatePiece[] = [];
      let rest = 0;
      for (const match of piece.text.matchAll(pattern)) {
        const expression = read(match);
        if (!expression) continue;
        dates.push(expression);
        out.push({ text: piece.text.slice(rest, match.index) }, dateTerms(expression));
        rest = match.index + match[0].length;
      }
      out.push({ text: piece.text.slice(rest) });
      return out;
    });
  }
  return { pieces, dates };
}
