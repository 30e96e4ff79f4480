/**
 * What the search index holds for each page besides its visible text: filters, the date sort
 * key, and metadata that is searchable but never shown in excerpts — every name in six cases,
 * Latin and aliases, every date in the forms people type, and the exact keys query
 * understanding rewrites a query to (see keys.ts).
 */
import type { NameForm } from '../../lib/names/cases.ts';
import { personNameForms } from '../../lib/names/person-forms.ts';
import { placeNameForms } from '../../lib/names/place-forms.ts';
import type { Person } from '../../schemas/person.ts';
import type { Place } from '../../schemas/place.ts';
import { dateKeys, dayForms, monthForms } from './date-forms.ts';
import { nameKey, yearKey } from '../shared/keys.ts';
import { memoByObject } from '../../lib/memo-by-object.ts';
import { pad2, type CalendarDay } from '../shared/calendar.ts';
import type { ArticleDates } from './mentioned-dates.ts';

/** The kinds of page the index holds; entity pages are shown as cards above articles. */
export type PageKind = 'article' | 'person' | 'place' | 'source';

/** The data-pagefind-* values of one page. */
export interface SearchRecord {
  filters: Record<string, string[]>;
  sort: Record<string, string>;
  meta: Record<string, string>;
}

/** Separates items inside one metadata value; Pagefind splits attribute values at commas. */
const SEPARATOR = ' · ';
// An entity's forms are one array per build (memoized in names/), so are their keys.
const formKeys = memoByObject((forms: readonly NameForm[]) => forms.map(nameFormKey));

/** The article facts the record is built from. */
export interface ArticleFacts {
  /** Site path without the base, `/2022/05/12/slug/`. */
  path: string;
  /** Publication moment, ms since the epoch. */
  at: number;
  /** Publication day in Moscow, `2022-05-12`. */
  day: CalendarDay;
  /** The days its text names and the years it is about (mentioned-dates.ts `articleDates`). */
  dates: ArticleDates;
  sourceId: string;
  sourceName: string;
  /** «12 мая 2022», as the results list prints it. */
  displayDate: string;
  people: readonly [id: string, Person][];
  places: readonly [id: string, Place][];
  /**
   * The people and places its text mentions without tagging them (article-mentions.ts): their
   * name keys only, so that a query naming one finds the article (not their forms, which would
   * weigh on every result's fragment; the text has the words).
   */
  mentioned?: { people: readonly Person[]; places: readonly Place[] };
}

/**
 * The date sort key: the publication moment (UTC, fixed width), then the path. Unique, so
 * Pagefind's date order is total and the same as the lists' (search-lists.ts `newestFirst`):
 * a long list's first page and Pagefind's rest of it meet without a gap or a repeat.
 */
export function dateSortKey(at: number, path: string): string {
  return `${new Date(at).toISOString()} ${path}`;
}

/** The search record of an article page. */
export function articleRecord(facts: ArticleFacts): SearchRecord {
  const { day } = facts;
  const forms = [
    ...facts.people.map(([, person]) => personNameForms(person)),
    ...facts.places.map(([, place]) => placeNameForms(place)),
  ];
  const mentionedForms = [
    ...(facts.mentioned?.people ?? []).map((person) => personNameForms(person)),
    ...(facts.mentioned?.places ?? []).map((place) => placeNameForms(place)),
  ];
  const dates = [day, ...facts.dates.mentioned];
  return {
    // No `kind` filter: an article is what is not an entity page (pagefind-request.ts), and a
    // filter listing every article would cost a file per year shard and a count per search.
    filters: {
      person: facts.people.map(([id]) => id),
      place: facts.places.map(([id]) => id),
      source: [facts.sourceId],
      year: [String(day.year)],
      month: [`${day.year}-${pad2(day.month)}`],
    },
    sort: { date: dateSortKey(facts.at, facts.path) },
    meta: {
      kind: 'article',
      date: facts.displayDate,
      source: facts.sourceName,
      names: joinMeta(forms.flat().map((form) => form.text)),
      dates: joinMeta(dates.flatMap((date) => [...dayForms(date), ...monthForms(date)])),
      // A year's key is its publication year's only: «2019» lists the articles of 2019.
      keys: joinMeta([
        ...[...forms, ...mentionedForms].flatMap(formKeys),
        ...dates.flatMap(dateKeys),
        yearKey(day.year),
      ]),
    },
  };
}

/** The search record of a person, place or source page: its names and their keys. */
export function entityRecord(
  kind: Exclude<PageKind, 'article'>,
  forms: readonly NameForm[],
  description?: string,
): SearchRecord {
  return {
    filters: { kind: [kind] },
    sort: {},
    meta: {
      kind,
      ...(description ? { description } : {}),
      names: joinMeta(forms.map((form) => form.text)),
      keys: joinMeta(forms.map(nameFormKey)),
    },
  };
}

function nameFormKey(form: NameForm): string {
  return nameKey(form.text);
}

/** Unique items joined into one metadata value, commas (Pagefind's separator) removed. */
function joinMeta(items: readonly string[]): string {
  return [...new Set(items)].map((item) => item.replaceAll(',', ' ')).join(SEPARATOR);
}
