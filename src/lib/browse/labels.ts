/**
 * Russian labels of calendar periods: «май», «12 мая», «12 мая 2022, 1 материал». Calendar
 * arithmetic on UTC dates: the day is already a Moscow day, no zone conversion applies.
 */
import { formatDay } from '../dates.ts';
import { pluralize } from '../plural.ts';
import { nouns } from '../../i18n/ru.ts';

const monthFormat = new Intl.DateTimeFormat('ru', { month: 'long', timeZone: 'UTC' });
const dayMonthFormat = new Intl.DateTimeFormat('ru', { day: 'numeric', month: 'long', timeZone: 'UTC' });

/** «май»: the month (1–12) in the nominative, lowercase. */
export function monthName(month: number): string {
  return monthFormat.format(Date.UTC(2000, month - 1, 1));
}

/** The text with its first letter capitalised: «май 2022» → «Май 2022», where it starts a heading. */
export function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase('ru') + text.slice(1);
}

/** «12 мая»: a day (`YYYY-MM-DD`) without its year. */
export function dayMonth(day: string): string {
  const [year, month, dayOfMonth] = day.split('-').map(Number) as [number, number, number];
  return dayMonthFormat.format(Date.UTC(year, month - 1, dayOfMonth));
}

/** «12 мая 2022, 1 материал»: a calendar day with articles, as a screen reader hears it. */
export function dayWithCount(day: string, count: number): string {
  return `${formatDay(day)}, ${pluralize(count, nouns.article)}`;
}
