/**
 * Reads the date of an article to import: `YYYY-MM-DD` (that day in Moscow) or an ISO
 * date-time. A date-time without an offset is read as Moscow time, the archive's clock, and
 * written with Moscow's offset. Says why a value is not a date, so an editor can fix it.
 */
import dayjs from 'dayjs';
import { ARCHIVE_TIME_ZONE, articleDateProblem, parseArticleDate, type ArticleDate } from '../dates.ts';

/** A date as it will be written into the frontmatter, and what it means. */
export interface InputDate {
  /** `2022-05-12` or `2022-05-12T14:30:00+03:00`. */
  text: string;
  date: ArticleDate;
}

const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?$/;
const FORMATS =
  'write YYYY-MM-DD (a day in Moscow time) or an ISO date-time such as 2022-05-12T14:30:00+03:00';

/** The date, or the reason it is not one. */
export function parseInputDate(
  value: unknown,
): { ok: true; value: InputDate } | { ok: false; reason: string } {
  if (typeof value !== 'string') return { ok: false, reason: `must be a string: ${FORMATS}` };
  let text = value.trim();
  if (LOCAL_DATE_TIME.test(text) && dayjs(text.slice(0, 10), 'YYYY-MM-DD', true).isValid()) {
    text = dayjs.tz(text, ARCHIVE_TIME_ZONE).format('YYYY-MM-DDTHH:mm:ssZ');
  }
  const date = parseArticleDate(text);
  if (date) return { ok: true, value: { text, date } };
  const problem = articleDateProblem(text);
  if (problem === 'there is no such day')
    return { ok: false, reason: `"${value}" is an impossible date: there is no such day` };
  if (problem?.startsWith('year '))
    return { ok: false, reason: `"${value}": ${problem}; write the real date, e.g. 2022-05-12` };
  return { ok: false, reason: `"${value}" is not a date: ${FORMATS}` };
}
