/**
 * The name and date list files, as the search job writes them (src/search/build/search-lists.ts)
 * and the search page reads them (src/search/client/list-files.ts): where they are served, their
 * JSON shapes, and the orders of their articles.
 *
 * Files, under `search/lists/`: `people/<id>.json` and `places/<id>.json` (the card and the
 * articles naming the entity), `months/<YYYY-MM>.json` and `days/<YYYY-MM-DD>.json` (the
 * articles published in the month or on the day, or naming it). A list of more than
 * `MAX_LIST_ITEMS` articles holds its count and the first page of each order, as
 * `years/<YYYY>.json` always does (hundreds of articles a year): the page shows that page and
 * asks Pagefind for the rest only when the reader wants more. `yearly/<MM-DD>.json` lists a day
 * of the year in every year («9 июля»). `dates.json` tells which date lists exist
 * (list-calendar.ts). `shared/<hash>.json` lists the articles of a name several
 * people or places share (shared-names.ts).
 */
import type { Sort } from './sorts.ts';

/** Where the lists are served, under the site's base. */
export const LISTS_FOLDER = 'search/lists';
/** More articles than this, and a list file would outweigh the index it stands in for. */
export const MAX_LIST_ITEMS = 400;
/** Articles in a page of results on the search page, and in a long list's first pages. */
export const RESULTS_PAGE_SIZE = 10;

/**
 * One article of a list: its site path (without the base), typeset title, publication moment
 * (ms), display date, source name, excerpt (HTML, the mention marked), how many times it
 * mentions what the list is of (its relevance), and whether it is the list's own: tagged with
 * the person or place, published on the day, in the month or year (1), or only mentioning it
 * in its text (0). Own articles come first in the relevance order.
 */
export type ListItem = [
  path: string,
  title: string,
  at: number,
  date: string,
  source: string,
  excerpt: string,
  mentions: number,
  own: 0 | 1,
];

/** The card of a person or place, as shown above the articles. */
export interface ListCard {
  path: string;
  title: string;
  kind: 'person' | 'place';
  description?: string;
}

/** A list of every article, newest first. */
export interface WholeList {
  count: number;
  items: ListItem[];
}

/** A long list: the count, and the first page of each order (Pagefind lists the rest). */
export interface FirstPages {
  count: number;
  /** How many of them are the list's own (`ListItem`'s last field). */
  own: number;
  /** The first `RESULTS_PAGE_SIZE` articles in each order; relevance is the items' weight. */
  first: Record<Sort, ListItem[]>;
  /**
   * Where each article of `first.relevance` stands in the newest-first order: after them, the
   * relevance order is the newest-first order without them.
   */
  ranks: number[];
}

/**
 * `people/<id>.json`, `places/<id>.json`: the articles tagged with the entity (own) or whose text
 * names it; relevance is how often the article names them.
 */
export type EntityListJson = { card: ListCard } & (WholeList | FirstPages);

/**
 * `months/<YYYY-MM>.json`, `days/<YYYY-MM-DD>.json`, `yearly/<MM-DD>.json` (that day of every
 * year): the articles published in it (own) or naming it; relevance is 1 for published in it,
 * and 1 for each of its days the article names.
 */
export type DateListJson = WholeList | FirstPages;

/** `years/<YYYY>.json`: the articles published in the year (relevance: how much they are about it). */
export type YearListJson = FirstPages;

/**
 * `shared/<hash>.json`: the articles naming any of the entities `refs` (`kind/id`, sorted), with
 * their cards in the same order; an article's excerpt and relevance are those of the entity it
 * names most.
 */
export type SharedListJson = { refs: string[]; cards: ListCard[] } & (WholeList | FirstPages);

/** Any list file. */
export type ListJson = EntityListJson | DateListJson | YearListJson | SharedListJson;

/**
 * Oldest first: by publication moment, then path, as Pagefind's date sort key orders
 * (page-records.ts `dateSortKey`).
 */
export function oldestFirst(a: ListItem, b: ListItem): number {
  return a[2] - b[2] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
}

/** Newest first: the oldest-first order reversed, as Pagefind's descending date sort is. */
export function newestFirst(a: ListItem, b: ListItem): number {
  return oldestFirst(b, a);
}

/**
 * Most relevant first, then newest: the list's own articles (tagged, or published then) before
 * those that only mention it, then by weight (mentions, or a date's).
 */
export function mostRelevantFirst(a: ListItem, b: ListItem): number {
  return b[7] - a[7] || b[6] - a[6] || newestFirst(a, b);
}
