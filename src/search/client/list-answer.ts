/**
 * Answers from the name and date lists (search-lists.ts): which list files a query needs, and
 * its results from them. A query qualifies when it names only people, places, days and months
 * (no other word, no filter chosen), or is a year alone: its results are then the articles
 * that carry every key it names (a name in one spelling may be several people's: any of them),
 * which is what the Pagefind search would return, without loading the index. A year's list, and
 * any list too long to hold every article, holds its first page only: when the query names that
 * list's key alone, the rest is Pagefind's, in an order that continues it (`ListRest`);
 * otherwise Pagefind answers. A name several entities share is read from their shared list
 * (shared-names.ts), one file however many they are.
 */
import type { UnderstoodQuery } from './query.ts';
import type { DateExpression } from './query-dates.ts';
import { pad2 } from '../shared/calendar.ts';
import {
  newestFirst,
  oldestFirst,
  type FirstPages,
  type ListCard,
  type ListItem,
  type ListJson,
  type SharedListJson,
} from '../shared/list-format.ts';
import { sharedListFile } from '../shared/shared-names.ts';
import type { Sort } from '../shared/sorts.ts';
import { FILTER_KEYS, type SearchState } from './url-state.ts';

/**
 * More lists than this for one query (a first name alone is dozens of people's) cost more
 * requests than Pagefind's index: Pagefind answers then.
 */
export const MAX_PLAN_FILES = 24;

/** Articles that carry one thing the query names: any of `files`. */
export interface ListGroup {
  files: string[];
  /** Entity lists (their cards and excerpts show the name) rather than a date list. */
  names: boolean;
  /** The shared list of the entities of `files`, read instead of them. */
  shared?: string;
  /**
   * The files (among `files`) whose entity's card shows: those the query names by a whole name,
   * surname, alias or Latin name, not by a first name alone («Сергей» is no one person).
   */
  cards?: string[];
}

/** The list files a query needs and how they combine: every group, any file within one. */
export interface ListPlan {
  groups: ListGroup[];
  files: string[];
  /**
   * The query is the key of the one list `files[0]` (a year, a month, a day, one person or
   * place, a name several share): a long list answers with its first page, and Pagefind's
   * search for the query with the rest.
   */
  alone?: boolean;
}

/**
 * The articles of a year after the first page: Pagefind's list of the year in `order` without
 * the places `skip` (where the first page's articles stand in it).
 */
export interface ListRest {
  count: number;
  order: 'newest' | 'oldest';
  skip: number[];
}

/** A result from the lists. */
export interface ListResult {
  item: ListItem;
  /** Summed over the groups: how much the article is about what the query names. */
  score: number;
  /** Own in every group: tagged with the names, published on the dates (list-format.ts). */
  own: boolean;
}

/** The lists' answer: the articles in the asked order, and the cards of a name asked alone. */
export interface ListAnswer {
  results: ListResult[];
  cards: ListCard[];
  /** More articles than `results` (a year's), for Pagefind to list. */
  rest?: ListRest;
  /** How many of all the articles (`results` and `rest`) are own. */
  own: number;
}

/** The plan for a query, or `undefined` when the lists cannot answer it (Pagefind can). */
export function listPlan(state: SearchState, understood: UnderstoodQuery | undefined): ListPlan | undefined {
  if (!understood || understood.freeWords.length > 0) return undefined;
  if (FILTER_KEYS.some((key) => state.filters[key].length > 0)) return undefined;
  const [first, ...more] = understood.dates;
  if (first?.kind === 'year')
    return understood.entities.length === 0 && more.length === 0
      ? {
          groups: [{ files: [`years/${first.year}.json`], names: false }],
          files: [`years/${first.year}.json`],
          alone: true,
        }
      : undefined;
  const groups: ListGroup[] = [];
  // A name typed twice reads the same both times: one group.
  const seen = new Set<string>();
  for (const { text, matches } of understood.names) {
    if (seen.has(text)) continue;
    seen.add(text);
    const file = ({ kind, id }: { kind: string; id: string }) => `${kind}/${id}.json`;
    groups.push({
      files: matches.map(file),
      names: true,
      cards: matches.filter((match) => !match.firstName).map(file),
    });
  }
  for (const date of understood.dates) {
    if (date.kind === 'year') return undefined;
    groups.push({ files: [dateFile(date)], names: false });
  }
  for (const group of groups)
    if (group.files.length > 1) group.shared = sharedListFile(group.files.map(refOf));
  const files = [...new Set(groups.flatMap((group) => (group.shared ? [group.shared] : group.files)))];
  if (groups.length === 0 || files.length > MAX_PLAN_FILES) return undefined;
  const alone = groups.length === 1 && files.length === 1;
  return alone ? { groups, files, alone } : { groups, files };
}

/** The list file of a day, a month, or a day of every year. */
function dateFile(date: Exclude<DateExpression, { kind: 'year' }>): string {
  if (date.kind === 'yearDay') return `yearly/${pad2(date.month)}-${pad2(date.day)}.json`;
  const month = `${date.date.year}-${pad2(date.date.month)}`;
  return date.kind === 'day' ? `days/${month}-${pad2(date.date.day)}.json` : `months/${month}.json`;
}

/**
 * The plan that shows the articles of some people and places (a name still being typed), without
 * their cards: the query does not name them yet.
 */
export function namesPlan(entities: readonly { kind: 'people' | 'places'; id: string }[]): ListPlan {
  const files = entities.map(({ kind, id }) => `${kind}/${id}.json`);
  return { groups: [{ files, names: true, cards: [] }], files };
}

/** The entity of an entity list's file (`people/egorov.json` → `people/egorov`). */
function refOf(file: string): string {
  return file.replace(/\.json$/u, '');
}

/** Whether a list is a shared name's. */
function isSharedJson(list: ListJson): list is SharedListJson {
  return 'refs' in list;
}

/**
 * A group's shared list, when it is the list of the group's entities (its file's name is a
 * hash of them: a collision, or a set the build did not write, reads as none).
 */
function sharedOf(group: ListGroup, files: ReadonlyMap<string, ListJson>): SharedListJson | undefined {
  const list = group.shared ? files.get(group.shared) : undefined;
  if (!list || !isSharedJson(list)) return undefined;
  const refs = new Set(group.files.map(refOf));
  return list.refs.length === refs.size && list.refs.every((ref) => refs.has(ref)) ? list : undefined;
}

/** The lists a group reads: its shared list, or its entities' or date's. */
function groupLists(group: ListGroup, files: ReadonlyMap<string, ListJson>): (ListJson | undefined)[] {
  return group.shared ? [sharedOf(group, files)] : group.files.map((file) => files.get(file));
}

/** Each article of a group with its score there, by path. */
function groupItems(
  group: ListGroup,
  files: ReadonlyMap<string, ListJson>,
): Map<string, ListResult> | undefined {
  const found = new Map<string, ListResult>();
  for (const list of groupLists(group, files)) {
    if (!list || !('items' in list)) return undefined;
    for (const item of list.items) {
      const known = found.get(item[0]);
      const own = item[7] === 1 || (known?.own ?? false);
      if (!known || item[6] > known.score) found.set(item[0], { item, score: item[6], own });
      else known.own = own;
    }
  }
  return found;
}

const ORDER: Record<Sort, (a: ListResult, b: ListResult) => number> = {
  // The query's own articles (tagged, published on the day) before those that only mention it.
  relevance: (a, b) => Number(b.own) - Number(a.own) || b.score - a.score || newestFirst(a.item, b.item),
  newest: (a, b) => newestFirst(a.item, b.item),
  oldest: (a, b) => oldestFirst(a.item, b.item),
};

/**
 * The cards of a name group's entities the query names (`ListGroup.cards`), in the group's order
 * (the query's reading of the name).
 */
function cardsOf(group: ListGroup, files: ReadonlyMap<string, ListJson>): ListCard[] {
  const shared = sharedOf(group, files);
  return (group.cards ?? []).flatMap((file) => {
    if (shared) {
      const card = shared.cards[shared.refs.indexOf(refOf(file))];
      return card ? [card] : [];
    }
    const list = files.get(file);
    return list && 'card' in list ? [list.card] : [];
  });
}

/** A long list's answer: the first page in the asked order, and what Pagefind lists after it. */
function firstPageAnswer(list: FirstPages, sort: Sort, cards: ListCard[]): ListAnswer {
  const first = list.first[sort];
  const results = first.map((item) => ({ item, score: item[6], own: item[7] === 1 }));
  if (list.count <= first.length) return { results, cards, own: list.own };
  const inOrder = first.map((_, index) => index);
  return {
    results,
    cards,
    own: list.own,
    rest: {
      count: list.count - first.length,
      order: sort === 'oldest' ? 'oldest' : 'newest',
      skip: sort === 'relevance' ? list.ranks : inOrder,
    },
  };
}

/**
 * The answer of a plan from its fetched files, or `undefined` when a file is missing or too
 * long to list (then Pagefind answers). A result's excerpt is the first name group's.
 */
export function answerFromLists(
  plan: ListPlan,
  files: ReadonlyMap<string, ListJson>,
  sort: Sort,
): ListAnswer | undefined {
  const [only] = plan.groups;
  if (plan.alone && only) {
    const [single] = groupLists(only, files);
    if (single && 'first' in single)
      return firstPageAnswer(single, sort, only.names ? cardsOf(only, files) : []);
  }
  const perGroup = plan.groups.map((group) => groupItems(group, files));
  if (perGroup.some((items) => items === undefined)) return undefined;
  const [first, ...rest] = perGroup as Map<string, ListResult>[];
  const results: ListResult[] = [];
  for (const [path, result] of first ?? []) {
    const matches = rest.map((items) => items.get(path));
    if (matches.some((match) => match === undefined)) continue;
    const named = [result, ...matches].find((_, index) => plan.groups[index]!.names) ?? result;
    results.push({
      item: named.item,
      score: matches.reduce((sum, match) => sum + match!.score, result.score),
      own: matches.every((match) => match!.own) && result.own,
    });
  }
  const cards = plan.groups.length === 1 && only?.names ? cardsOf(only, files) : [];
  return {
    results: results.sort(ORDER[sort]),
    cards,
    own: results.filter((result) => result.own).length,
  };
}
