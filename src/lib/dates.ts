/**
 * Article dates: parsing the frontmatter `date` and printing it the Russian way, always in
 * Moscow time, never in the machine's zone.
 */
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc.js';
import timezone from 'dayjs/plugin/timezone.js';
import customParseFormat from 'dayjs/plugin/customParseFormat.js';
import 'dayjs/locale/ru.js';

dayjs.extend(utc);
dayjs.extend(timezone);
dayjs.extend(customParseFormat);

/** The archive's clock: every calendar day and printed date is Moscow's. */
export const ARCHIVE_TIME_ZONE = 'Europe/Moscow';

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/**
 * The years an article may be dated in (Moscow time): four digits, so that every date is
 * `YYYY-MM-DD`, every folder `articles/YYYY/`, and no typo such as `0001` or a moment past
 * the end of 9999 UTC+3 becomes `articles/10000/`.
 */
export const FIRST_YEAR = 1000;
export const LAST_YEAR = 9999;

/** A publication moment and the Moscow calendar day it falls on. */
export interface ArticleDate {
  /** The exact moment (for date-only input: midnight in Moscow). */
  instant: Date;
  /** The Moscow calendar day, `YYYY-MM-DD`. */
  day: string;
  /** Whether the source gave a time of day, not only a date. */
  hasTime: boolean;
}

/**
 * Parses an ISO 8601 date (`2022-05-12`, that day in Moscow) or date-time with an offset
 * (`2022-05-12T14:30:00+03:00`). YAML may already have turned a bare date into a `Date` at UTC
 * midnight; that is read as the same calendar day. Returns `undefined` for anything else,
 * including impossible dates such as `2022-02-30`.
 */
export function parseArticleDate(input: unknown): ArticleDate | undefined {
  if (input instanceof Date) {
    if (Number.isNaN(input.getTime())) return undefined;
    const isBareDate =
      input.getUTCHours() === 0 && input.getUTCMinutes() === 0 && input.getUTCSeconds() === 0;
    return isBareDate ? parseArticleDate(input.toISOString().slice(0, 10)) : fromInstant(input, true);
  }
  if (typeof input !== 'string') return undefined;
  const text = input.trim();
  const dateOnly = DATE_ONLY.exec(text);
  if (dateOnly) {
    if (!inYearRange(Number(dateOnly[1]))) return undefined;
    const midnight = remembered(midnights, text, () =>
      dayjs(text, 'YYYY-MM-DD', true).isValid() ? String(dayjs.tz(text, ARCHIVE_TIME_ZONE).valueOf()) : '',
    );
    return midnight ? { instant: new Date(Number(midnight)), day: text, hasTime: false } : undefined;
  }
  if (DATE_TIME_WITH_OFFSET.test(text)) {
    if (!dayjs(text.slice(0, 10), 'YYYY-MM-DD', true).isValid()) return undefined;
    const instant = new Date(text);
    return Number.isNaN(instant.getTime()) ? undefined : fromInstant(instant, true);
  }
  return undefined;
}

function inYearRange(year: number): boolean {
  return year >= FIRST_YEAR && year <= LAST_YEAR;
}

/**
 * Why `input` is not an article date, in words that end a sentence such as `"date": …`, or
 * `undefined` when it is one: `year 1 is outside 1000–9999 (Moscow time)`, `there is no such
 * day`, or `not a date`.
 */
export function articleDateProblem(input: unknown): string | undefined {
  if (parseArticleDate(input) !== undefined) return undefined;
  const text = input instanceof Date ? input.toISOString() : typeof input === 'string' ? input.trim() : '';
  let year: number | undefined;
  const dateOnly = DATE_ONLY.exec(text);
  if (dateOnly) year = Number(dateOnly[1]);
  else if (DATE_TIME_WITH_OFFSET.test(text) || /^[+-]\d{6}-/.test(text)) {
    const instant = new Date(text);
    if (!Number.isNaN(instant.getTime())) year = Number(moscowClock(instant).split('-', 1)[0]);
  }
  if (year !== undefined && !inYearRange(year))
    return `year ${year} is outside ${FIRST_YEAR}–${LAST_YEAR} (Moscow time)`;
  const shape = /^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$/.exec(text);
  if (shape && !dayjs(`${shape[1]}-${shape[2]}-${shape[3]}`, 'YYYY-MM-DD', true).isValid())
    return 'there is no such day';
  return 'not a date';
}

function fromInstant(instant: Date, hasTime: boolean): ArticleDate | undefined {
  const day = moscowClock(instant).split('T', 1)[0]!;
  return inYearRange(Number(day.split('-', 1)[0])) ? { instant, day, hasTime } : undefined;
}

// dayjs's time-zone plugin builds its answer through string formatting on every call (~0.5 ms);
// one Intl formatter, made once, gives Moscow's wall clock for an instant far faster.
const moscowFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: ARCHIVE_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** Moscow's wall clock at `instant` as `YYYY-MM-DDTHH:mm:ss`. */
function moscowClock(instant: Date): string {
  const parts: Record<string, string> = {};
  for (const { type, value } of moscowFormat.formatToParts(instant)) parts[type] = value;
  // Intl writes the year without padding (`999`); only 1000–9999 pass, but the check reads it.
  return `${(parts['year'] ?? '').padStart(4, '0')}-${parts['month']}-${parts['day']}T${parts['hour']}:${parts['minute']}:${parts['second']}`;
}

/** `+03:00`: Moscow's offset from UTC at `instant` (it was +04:00 in 2011–2014, with DST before). */
function moscowOffset(instant: Date, clock: string): string {
  const minutes = Math.round(
    (Date.parse(`${clock}Z`) - Math.floor(instant.getTime() / 1000) * 1000) / 60_000,
  );
  const sign = minutes < 0 ? '-' : '+';
  const absolute = Math.abs(minutes);
  return `${sign}${String(Math.floor(absolute / 60)).padStart(2, '0')}:${String(absolute % 60).padStart(2, '0')}`;
}

function moscow(instant: Date | string) {
  return typeof instant === 'string'
    ? dayjs.tz(instant, ARCHIVE_TIME_ZONE).locale('ru')
    : dayjs(instant).tz(ARCHIVE_TIME_ZONE).locale('ru');
}

// Time-zone formatting costs ~0.1 ms a call and a build prints the same few thousand days on
// every list page: each label is computed once per process.
const dayLabels = new Map<string, string>();
const monthLabels = new Map<string, string>();
const momentLabels = new Map<string, string>();
const midnights = new Map<string, string>();

function remembered(labels: Map<string, string>, key: string, compute: () => string): string {
  let label = labels.get(key);
  if (label === undefined) {
    label = compute();
    labels.set(key, label);
  }
  return label;
}

/** «12 мая 2022»: day and genitive month, as Russian prints a date. */
export function formatDay(date: ArticleDate | string): string {
  const day = dayOf(date);
  return remembered(dayLabels, day, () => moscow(day).format('D MMMM YYYY'));
}

/** «май 2022»: nominative month, lowercase, as in a heading of a month. */
export function formatMonth(year: number, month: number): string {
  const first = `${year}-${String(month).padStart(2, '0')}-01`;
  return remembered(monthLabels, first, () => moscow(first).format('MMMM YYYY'));
}

/** The machine-readable value for `<time datetime>`: a date, or a date-time with offset. */
export function machineDate(date: ArticleDate): string {
  return date.hasTime
    ? remembered(momentLabels, String(date.instant.getTime()), () => {
        const clock = moscowClock(date.instant);
        return `${clock}${moscowOffset(date.instant, clock)}`;
      })
    : date.day;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * RFC 822 (RSS 2.0's date form) in Moscow time with its offset: `Thu, 12 May 2022 00:00:00 +0300`.
 * A feed reader that prints only the date shows Moscow's day, not UTC's, which is a day early
 * for anything published before 03:00.
 */
export function rfc822Date(instant: Date): string {
  const clock = moscowClock(instant);
  const [year, month, day] = clock.slice(0, 10).split('-').map(Number) as [number, number, number];
  const weekday = WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()];
  const offset = moscowOffset(instant, clock).replace(':', '');
  return `${weekday}, ${String(day).padStart(2, '0')} ${MONTHS[month - 1]} ${year} ${clock.slice(11)} ${offset}`;
}

/** RFC 3339 in Moscow time with its offset: `2022-05-12T00:00:00+03:00`. */
export function moscowDateTime(instant: Date): string {
  return machineDate({ instant, day: '', hasTime: true });
}

/** Year, month (1–12) and day of an article's Moscow calendar day. */
export function dayParts(date: ArticleDate | string): { year: number; month: number; day: number } {
  const [year, month, day] = dayOf(date).split('-').map(Number);
  return { year: year ?? 0, month: month ?? 0, day: day ?? 0 };
}

function dayOf(date: ArticleDate | string): string {
  return typeof date === 'string' ? date : date.day;
}
