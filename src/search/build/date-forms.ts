/**
 * The ways people type a date, so the index holds each of them: «12 мая 2022», «12.05.2022»,
 * «12.5.2022», «2022-05-12», «май 2022», «05.2022». Pagefind joins `12.05.2022` into one word,
 * so every spelling a reader might use has to be in the index as written.
 */
import { dayKey, monthKey, yearDayKey } from '../shared/keys.ts';
import {
  genitiveMonth,
  nominativeMonth,
  pad2,
  type CalendarDay,
  type CalendarMonth,
} from '../shared/calendar.ts';

/** «12 мая 2022», «12.05.2022», «12.5.2022», «2022-05-12», without repeats. */
export function dayForms({ year, month, day }: CalendarDay): string[] {
  return unique([
    `${day} ${genitiveMonth(month)} ${year}`,
    `${pad2(day)}.${pad2(month)}.${year}`,
    `${day}.${month}.${year}`,
    `${year}-${pad2(month)}-${pad2(day)}`,
  ]);
}

/** «май 2022», «05.2022», «5.2022», «2022-05». */
export function monthForms({ year, month }: CalendarMonth): string[] {
  return unique([
    `${nominativeMonth(month)} ${year}`,
    `${pad2(month)}.${year}`,
    `${month}.${year}`,
    `${year}-${pad2(month)}`,
  ]);
}

/** The exact keys of a day, of its month, and of its day in every year. */
export function dateKeys({ year, month, day }: CalendarDay): string[] {
  return [dayKey(year, month, day), monthKey(year, month), yearDayKey(month, day)];
}

function unique(texts: string[]): string[] {
  return [...new Set(texts)];
}
