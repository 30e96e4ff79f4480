/**
 * The name and date lists: for each person, place and month, every article that carries its
 * search key (page-records.ts), as static JSON the search page reads instead of Pagefind when
 * a query names only people, places and dates (list-answer.ts). Such a query is a lookup, not
 * a ranking problem: its results are exactly the pages with the keys, and Pagefind would load
 * every year shard's metadata to find them (~250 KB at 20,000 articles) where a list is a few
 * kilobytes. Built by the search job from the same facts as the index records, so a list holds
 * the same articles as a Pagefind search for the key.
 *
 * Files, under `search/lists/`: `people/<id>.json` and `places/<id>.json` (the card and the
 * articles naming the entity), `months/<YYYY-MM>.json` (the articles published in or naming a
 * day of that month, with those days). A list longer than `MAX_LIST_ITEMS` is written without
 * its items: the page searches Pagefind for it. `years/<YYYY>.json` holds a year's count and
 * the first page of its articles in each order (hundreds of articles a year: the page asks
 * Pagefind for the rest only when the reader wants more).
 */
import type { CalendarDay } from './calendar.ts';
import { pad2 } from './calendar.ts';
import { MentionIndex, excerptAt, type Mentions } from './list-excerpt.ts';
import type { Sort } from './url-state.ts';

/** Where the lists are served, under the site's base. */
export const LISTS_FOLDER = 'search/lists';
/** More articles than this, and a list file would outweigh the index it stands in for. */
export const MAX_LIST_ITEMS = 400;
/** Articles in a page of results on the search page, and in a year list's first pages. */
export const RESULTS_PAGE_SIZE = 10;

/**
 * One article of a list: its site path (without the base), typeset title, publication moment
 * (ms), display date, source name, excerpt (HTML, the mention marked) and how many times it
 * mentions what the list is of (its relevance).
 */
export type ListItem = [
  path: string,
  title: string,
  at: number,
  date: string,
  source: string,
  excerpt: string,
  mentions: number,
];

/** An article of a month list, with the days of that month it carries: published on, named. */
export type MonthItem = [...ListItem, published: number, named: number[]];

/** The card of a person or place, as shown above the articles. */
export interface ListCard {
  path: string;
  title: string;
  kind: 'person' | 'place';
  description?: string;
}

/** `people/<id>.json`, `places/<id>.json`. */
export interface EntityListJson {
  card: ListCard;
  count: number;
  /** `null` when there are more than `MAX_LIST_ITEMS`. */
  items: ListItem[] | null;
}

/** `months/<YYYY-MM>.json`. */
export interface MonthListJson {
  count: number;
  items: MonthItem[] | null;
}

/** `years/<YYYY>.json`: the articles published in the year, naming one of its days or writing it. */
export interface YearListJson {
  count: number;
  /** The first `RESULTS_PAGE_SIZE` articles in each order; relevance is the year's weight (`articleYears`). */
  first: Record<Sort, ListItem[]>;
  /**
   * Where each article of `first.relevance` stands in the newest-first order: after them, the
   * relevance order is the newest-first order without them.
   */
  ranks: number[];
}

/** Any list file. */
export type ListJson = EntityListJson | MonthListJson | YearListJson;

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
  /** The years it is about, with their weight (mentioned-dates.ts `articleYears`). */
  years: readonly (readonly [year: number, weight: number])[];
  /** Its people and places, as `kind/id`. */
  entities: readonly string[];
}

/** What the lists take from an article's text. */
export interface ArticleMentions {
  /** For each person and place it names (`kind/id`): the excerpt and the mentions counted. */
  named: Record<string, [excerpt: string, count: number]>;
  /** The excerpt without a mention: the start of the text. */
  opening: string;
}

/** An article's mentions: each named entity's first mention as an excerpt, and their count. */
function articleMentions(
  article: ListedArticle,
  refs: ReadonlySet<string>,
  index: MentionIndex,
): ArticleMentions {
  // The text a result's excerpt comes from, as Pagefind's would: lead and body.
  const shown = [article.lead, article.text].filter(Boolean).join('\n');
  const heading = `${article.title}\n`;
  const found =
    refs.size > 0 ? index.find(heading + shown, refs, heading.length) : new Map<string, Mentions>();
  const named: ArticleMentions['named'] = {};
  for (const ref of refs) {
    const { count = 0, first } = found.get(ref) ?? {};
    // Named in the front matter counts once, each mention in the text once more.
    named[ref] = [
      excerptAt(shown, first && [first[0] - heading.length, first[1] - heading.length]),
      1 + count,
    ];
  }
  return { named, opening: excerptAt(shown) };
}

/**
 * Oldest first: by publication moment, then path, as Pagefind's date sort key orders
 * (page-records.ts `dateSortKey`).
 */
export function oldestFirst(a: ListItem | MonthItem, b: ListItem | MonthItem): number {
  return a[2] - b[2] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
}

/** Newest first: the oldest-first order reversed, as Pagefind's descending date sort is. */
export function newestFirst(a: ListItem | MonthItem, b: ListItem | MonthItem): number {
  return oldestFirst(b, a);
}

/** Most relevant first, then newest: relevance is an item's weight (mentions, or a date's). */
export function mostRelevantFirst(a: ListItem, b: ListItem): number {
  return b[6] - a[6] || newestFirst(a, b);
}

function limited<T extends ListItem | MonthItem>(items: T[]): { count: number; items: T[] | null } {
  return { count: items.length, items: items.length > MAX_LIST_ITEMS ? null : items.sort(newestFirst) };
}

/** A year's list from all its articles: the count and the first page of each order. */
function yearList(items: ListItem[]): YearListJson {
  const newest = [...items].sort(newestFirst);
  const relevance = [...items].sort(mostRelevantFirst).slice(0, RESULTS_PAGE_SIZE);
  const rank = new Map(newest.map((item, index) => [item, index]));
  return {
    count: items.length,
    first: {
      relevance,
      newest: newest.slice(0, RESULTS_PAGE_SIZE),
      oldest: newest.slice(-RESULTS_PAGE_SIZE).reverse(),
    },
    ranks: relevance.map((item) => rank.get(item)!),
  };
}

function monthOf(day: CalendarDay): string {
  return `${day.year}-${pad2(day.month)}`;
}

/** The month lists an article is in, each with the days of that month it names. */
function monthsOf(article: ListedArticle): Map<string, Set<number>> {
  const months = new Map<string, Set<number>>();
  for (const day of [article.day, ...article.mentioned]) {
    const named = months.get(monthOf(day)) ?? new Set<number>();
    if (day !== article.day) named.add(day.day);
    months.set(monthOf(day), named);
  }
  return months;
}

/** The list files an article is in (`people/sergey-lavrov.json`, `months/2022-05.json`, `years/2022.json`). */
export function listsOf(article: ListedArticle): string[] {
  return [
    ...new Set(article.entities.map((ref) => `${ref}.json`)),
    ...[...monthsOf(article).keys()].map((month) => `months/${month}.json`),
    ...article.years.map(([year]) => `years/${year}.json`),
  ];
}

/**
 * The list files, by their path under `LISTS_FOLDER` (`people/sergey-lavrov.json`): every one,
 * or those in `only` (given every article in them). A month in `only` that no article is in
 * has no file.
 */
export function buildSearchLists(
  entities: readonly ListedEntity[],
  articles: readonly ListedArticle[],
  only?: ReadonlySet<string>,
): Map<string, ListJson> {
  const wanted = (file: string) => !only || only.has(file);
  const byEntity = new Map(entities.map((entity) => [`${entity.kind}/${entity.id}`, entity]));
  // Every entity's forms, even for a few lists: the longest form at a place wins, whoever it names.
  const index = new MentionIndex([...byEntity].map(([ref, entity]) => [ref, entity.forms] as const));
  const entityItems = new Map<ListedEntity, ListItem[]>();
  const monthItems = new Map<string, MonthItem[]>();
  const yearItems = new Map<number, ListItem[]>();
  for (const article of articles) {
    const item = (excerpt: string, count: number): ListItem => [
      article.path,
      article.title,
      article.at,
      article.date,
      article.source,
      excerpt,
      count,
    ];
    const refs = new Set(article.entities.filter((ref) => byEntity.has(ref) && wanted(`${ref}.json`)));
    const months = [...monthsOf(article)].filter(([month]) => wanted(`months/${month}.json`));
    const years = article.years.filter(([year]) => wanted(`years/${year}.json`));
    if (refs.size === 0 && months.length === 0 && years.length === 0) continue;
    const mentions = articleMentions(article, refs, index);
    for (const ref of refs) {
      const [excerpt, count] = mentions.named[ref] ?? ['', 1];
      const entity = byEntity.get(ref)!;
      const list = entityItems.get(entity) ?? [];
      list.push(item(excerpt, count));
      entityItems.set(entity, list);
    }
    for (const [month, named] of months) {
      const published = month === monthOf(article.day) ? article.day.day : 0;
      const list = monthItems.get(month) ?? [];
      list.push([
        ...item(mentions.opening, (published ? 1 : 0) + named.size),
        published,
        [...named].sort((a, b) => a - b),
      ]);
      monthItems.set(month, list);
    }
    for (const [year, weight] of years) {
      const list = yearItems.get(year) ?? [];
      list.push(item(mentions.opening, weight));
      yearItems.set(year, list);
    }
  }
  const files = new Map<string, ListJson>();
  for (const entity of entities) {
    const file = `${entity.kind}/${entity.id}.json`;
    if (wanted(file)) files.set(file, { card: entity.card, ...limited(entityItems.get(entity) ?? []) });
  }
  for (const [month, items] of [...monthItems].sort(([a], [b]) => (a < b ? -1 : 1)))
    files.set(`months/${month}.json`, limited(items));
  for (const [year, items] of [...yearItems].sort(([a], [b]) => a - b))
    files.set(`years/${year}.json`, yearList(items));
  return files;
}
