/**
 * What the name and date lists are built from (src/search/build/search-lists.ts): the people,
 * places and articles as content-lists.ts extracts them from the content, and as the mention
 * search (list-excerpt.ts) reads them.
 */
import type { CalendarDay } from '../shared/calendar.ts';
import type { ListCard } from '../shared/list-format.ts';

/** A person or place as the lists need it. */
export interface ListedEntity {
  kind: 'people' | 'places';
  id: string;
  card: ListCard;
  /** Every form of the name the index holds for it (page-records.ts). */
  forms: readonly string[];
}

/** An article as the lists need it: what its result shows, and what it names. */
export interface ListedArticle {
  path: string;
  title: string;
  lead: string | undefined;
  /** The body as plain text. */
  text: string;
  at: number;
  date: string;
  source: string;
  day: CalendarDay;
  /** Days the text names (mentioned-dates.ts). */
  mentioned: readonly CalendarDay[];
  /** Its publication year, with its weight there (mentioned-dates.ts `articleYears`). */
  years: readonly (readonly [year: number, weight: number])[];
  /** Its people and places, as `kind/id`. */
  entities: readonly string[];
  /** The people and places its text mentions and it is not tagged with, as `kind/id`. */
  mentions: readonly string[];
}
