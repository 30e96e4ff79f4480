/**
 * Calendar words and dates as search deals with them: Russian month names in the cases a
 * date is written in, and a checked `{ year, month, day }`.
 */

/** A calendar day; `month` is 1–12. */
export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

/** A calendar month; `month` is 1–12. */
export interface CalendarMonth {
  year: number;
  month: number;
}

/** «мая» (12 мая), «май» (май 2022), «мае» (в мае) … by month number − 1. */
const MONTH_FORMS: readonly (readonly string[])[] = [
  ['января', 'январь', 'январе', 'янв'],
  ['февраля', 'февраль', 'феврале', 'фев'],
  ['марта', 'март', 'марте', 'мар'],
  ['апреля', 'апрель', 'апреле', 'апр'],
  ['мая', 'май', 'мае'],
  ['июня', 'июнь', 'июне', 'июн'],
  ['июля', 'июль', 'июле', 'июл'],
  ['августа', 'август', 'августе', 'авг'],
  ['сентября', 'сентябрь', 'сентябре', 'сен', 'сент'],
  ['октября', 'октябрь', 'октябре', 'окт'],
  ['ноября', 'ноябрь', 'ноябре', 'ноя', 'нояб'],
  ['декабря', 'декабрь', 'декабре', 'дек'],
];

/** The regular-expression alternation of every month form, longest first. */
export const MONTH_PATTERN = MONTH_FORMS.flat()
  .sort((a, b) => b.length - a.length)
  .join('|');

/** The month number (1–12) of a Russian month word in any form, or `undefined`. */
export function monthNumber(word: string): number | undefined {
  const normalized = word.toLocaleLowerCase('ru').replace(/\.$/u, '');
  const index = MONTH_FORMS.findIndex((forms) => forms.includes(normalized));
  return index === -1 ? undefined : index + 1;
}

/** True when a word is the beginning of a month word in some form («ию», «июл», «мая»). */
export function beginsMonthWord(word: string): boolean {
  const normalized = word.toLocaleLowerCase('ru');
  return (
    normalized.length > 0 && MONTH_FORMS.some((forms) => forms.some((form) => form.startsWith(normalized)))
  );
}

/** «мая»: the genitive used after a day number. */
export function genitiveMonth(month: number): string {
  return MONTH_FORMS[month - 1]?.[0] ?? '';
}

/** «май»: the nominative used in «май 2022». */
export function nominativeMonth(month: number): string {
  return MONTH_FORMS[month - 1]?.[1] ?? '';
}

/** True when the day exists in that month of that year (no 30 February). */
export function isRealDay({ year, month, day }: CalendarDay): boolean {
  if (month < 1 || month > 12 || day < 1 || year < 1000 || year > 2999) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Two-digit zero-padded number: 5 → «05». */
export function pad2(value: number): string {
  return String(value).padStart(2, '0');
}
