/**
 * The name and date lists: for each person and place every article tagged with it or whose
 * text names it (article-mentions.ts), for each day and month every article published then or
 * naming it, and every article of a year; each article that carries the list's search key
 * (page-records.ts), as static JSON the search page reads instead of Pagefind when
 * a query names only people, places and dates (list-answer.ts). Such a query is a lookup, not
 * a ranking problem: its results are exactly the pages with the keys, and Pagefind would load
 * every year shard's metadata to find them (~250 KB at 20,000 articles) where a list is a few
 * kilobytes. Built by the search job from the same facts as the index records, so a list holds
 * the same articles as a Pagefind search for the key.
 *
 * The files and their shapes are in src/search/shared/list-format.ts. Day lists let a day be
 * answered in a month of a 100,000-article archive, which outgrows its list.
 */
import type { CalendarDay } from '../shared/calendar.ts';
import { pad2 } from '../shared/calendar.ts';
import {
  MAX_LIST_ITEMS,
  RESULTS_PAGE_SIZE,
  mostRelevantFirst,
  newestFirst,
  type FirstPages,
  type ListItem,
  type ListJson,
  type WholeList,
} from '../shared/list-format.ts';
import { sharedNameLists } from '../shared/shared-names.ts';
import type { ListedArticle, ListedEntity } from './list-input.ts';
import { MentionIndex, articleMentions } from './list-excerpt.ts';

/** Every article, or past `maxItems` the first pages. */
function listOf(items: ListItem[], maxItems: number): WholeList | FirstPages {
  return items.length > maxItems
    ? firstPages(items)
    : { count: items.length, items: items.sort(newestFirst) };
}

/** A long list from all its articles: the count, its own, and the first page of each order. */
function firstPages(items: ListItem[]): FirstPages {
  const newest = [...items].sort(newestFirst);
  const relevance = [...items].sort(mostRelevantFirst).slice(0, RESULTS_PAGE_SIZE);
  const rank = new Map(newest.map((item, index) => [item, index]));
  return {
    count: items.length,
    own: items.filter((item) => item[7] === 1).length,
    first: {
      relevance,
      newest: newest.slice(0, RESULTS_PAGE_SIZE),
      oldest: newest.slice(-RESULTS_PAGE_SIZE).reverse(),
    },
    ranks: relevance.map((item) => rank.get(item)!),
  };
}

/** A date list an article is in: its weight there, and whether it was published then. */
interface DateMembership {
  weight: number;
  own: boolean;
}

/**
 * The month, day and yearly lists an article is in, by file, with its weight there (1 for
 * published in the month or on the day, and 1 for each of its days the text names) and whether
 * it was published then (its own list).
 */
function datesOf(article: ListedArticle): Map<string, DateMembership> {
  const lists = new Map<string, DateMembership>();
  const add = (file: string, own: boolean) => {
    const known = lists.get(file);
    lists.set(file, { weight: (known?.weight ?? 0) + 1, own: own || (known?.own ?? false) });
  };
  const monthFile = (day: CalendarDay) => `months/${day.year}-${pad2(day.month)}.json`;
  const dayFile = (day: CalendarDay) => `days/${day.year}-${pad2(day.month)}-${pad2(day.day)}.json`;
  const yearlyFile = (day: CalendarDay) => `yearly/${pad2(day.month)}-${pad2(day.day)}.json`;
  add(monthFile(article.day), true);
  add(dayFile(article.day), true);
  add(yearlyFile(article.day), true);
  // A day named twice counts once, its publication day too.
  for (const day of new Map(article.mentioned.map((day) => [dayFile(day), day])).values()) {
    add(monthFile(day), false);
    add(dayFile(day), false);
    add(yearlyFile(day), false);
  }
  return lists;
}

/** The people and places an article is in the lists of: tagged (own) or mentioned. */
function entitiesOf(article: ListedArticle): Map<string, boolean> {
  const refs = new Map<string, boolean>();
  for (const ref of article.mentions) refs.set(ref, false);
  for (const ref of article.entities) refs.set(ref, true);
  return refs;
}

/**
 * The list files an article is in (`people/sergey-lavrov.json`, `months/2022-05.json`,
 * `days/2022-05-12.json`, `yearly/05-12.json`, `years/2022.json`).
 */
export function listsOf(article: ListedArticle): string[] {
  return [
    ...[...entitiesOf(article).keys()].map((ref) => `${ref}.json`),
    ...datesOf(article).keys(),
    ...article.years.map(([year]) => `years/${year}.json`),
  ];
}

/**
 * The articles of any of several entities, each once: with the excerpt and relevance of the
 * entity it names most (the first of them on a tie), its own when tagged with any of them.
 */
function unionOf(lists: readonly (readonly ListItem[])[]): ListItem[] {
  const byPath = new Map<string, ListItem>();
  for (const items of lists) {
    for (const item of items) {
      const known = byPath.get(item[0]);
      if (!known) byPath.set(item[0], item);
      else {
        const own = (known[7] | item[7]) as 0 | 1;
        const best = item[6] > known[6] ? item : known;
        byPath.set(item[0], best[7] === own ? best : ([...best.slice(0, 7), own] as ListItem));
      }
    }
  }
  return [...byPath.values()];
}

/**
 * The list files, by their path under `LISTS_FOLDER` (`people/sergey-lavrov.json`): every one,
 * or those in `only` (given every article in them, and for a shared list every article of its
 * entities). A month or day in `only` that no article is in has no file. Lists of more than
 * `maxItems` articles hold their first pages.
 */
export function buildSearchLists(
  entities: readonly ListedEntity[],
  articles: readonly ListedArticle[],
  only?: ReadonlySet<string>,
  maxItems = MAX_LIST_ITEMS,
): Map<string, ListJson> {
  const wanted = (file: string) => !only || only.has(file);
  const byEntity = new Map(entities.map((entity) => [`${entity.kind}/${entity.id}`, entity]));
  const shared = [...sharedNameLists(entities)].filter(([file]) => wanted(file));
  // An entity's items are gathered for its own list and for the shared lists it is in.
  const gathered = new Set(shared.flatMap(([, refs]) => refs));
  for (const ref of byEntity.keys()) if (wanted(`${ref}.json`)) gathered.add(ref);
  // Every entity's forms, even for a few lists: the longest form at a place wins, whoever it names.
  const index = new MentionIndex([...byEntity].map(([ref, entity]) => [ref, entity.forms] as const));
  const entityItems = new Map<ListedEntity, ListItem[]>();
  const dateItems = new Map<string, ListItem[]>();
  const yearItems = new Map<number, ListItem[]>();
  for (const article of articles) {
    const item = (excerpt: string, count: number, own: boolean): ListItem => [
      article.path,
      article.title,
      article.at,
      article.date,
      article.source,
      excerpt,
      count,
      own ? 1 : 0,
    ];
    // Mentions are counted among all of the article's entities, gathered or not: where two
    // overlap («Ильхама Алиева» holds «Алиева»), the longest wins whichever lists are built, so
    // a list built again on its own equals the same list of a full build.
    const all = [...entitiesOf(article)].filter(([ref]) => byEntity.has(ref));
    const named = all.filter(([ref]) => gathered.has(ref));
    const dates = [...datesOf(article)].filter(([file]) => wanted(file));
    const years = article.years.filter(([year]) => wanted(`years/${year}.json`));
    if (named.length === 0 && dates.length === 0 && years.length === 0) continue;
    const mentions = articleMentions(article, new Set(all.map(([ref]) => ref)), index);
    for (const [ref, tagged] of named) {
      const [excerpt, count] = mentions.named[ref] ?? ['', 0];
      const entity = byEntity.get(ref)!;
      const list = entityItems.get(entity) ?? [];
      // Tagged counts once, each mention in the text once more; a mention the forms here do
      // not spell (a head noun's case the mention finder knows) still counts once.
      list.push(item(excerpt, tagged ? 1 + count : Math.max(1, count), tagged));
      entityItems.set(entity, list);
    }
    for (const [file, { weight, own }] of dates) {
      const list = dateItems.get(file) ?? [];
      list.push(item(mentions.opening, weight, own));
      dateItems.set(file, list);
    }
    for (const [year, weight] of years) {
      const list = yearItems.get(year) ?? [];
      list.push(item(mentions.opening, weight, true));
      yearItems.set(year, list);
    }
  }
  const files = new Map<string, ListJson>();
  for (const entity of entities) {
    const file = `${entity.kind}/${entity.id}.json`;
    if (wanted(file))
      files.set(file, { card: entity.card, ...listOf(entityItems.get(entity) ?? [], maxItems) });
  }
  for (const [file, refs] of shared) {
    const members = refs.map((ref) => byEntity.get(ref)!);
    const items = unionOf(members.map((entity) => entityItems.get(entity) ?? []));
    files.set(file, { refs, cards: members.map((entity) => entity.card), ...listOf(items, maxItems) });
  }
  for (const [file, items] of [...dateItems].sort(([a], [b]) => (a < b ? -1 : 1)))
    files.set(file, listOf(items, maxItems));
  for (const [year, items] of [...yearItems].sort(([a], [b]) => a - b))
    files.set(`years/${year}.json`, firstPages(items));
  return files;
}
