/**
 * A search's results, from the name and date lists (list-files.ts) or from Pagefind
 * (pagefind-api.ts), in one shape the page renders: every article result, the cards' data
 * and the first page's. The page decides which source answers (site-search.ts).
 */
import type { ListPlan, ListRest } from './list-answer.ts';
import { RESULTS_PAGE_SIZE } from '../shared/list-format.ts';
import { articleRequest, articleSearch, entityRequest } from './pagefind-request.ts';
import type { UnderstoodQuery } from './query.ts';
import type { SearchState } from './url-state.ts';
import type { ListFiles } from './list-files.ts';
import { namedCard } from './named-cards.ts';
import {
  everyKeyTest,
  loadPagefind,
  run,
  shardManifest,
  searchArticles,
  type PagefindResult,
  type PagefindResultData,
} from './pagefind-api.ts';
import { ShardedSearch, planShards } from './shard-search.ts';
import type { WordShards } from './word-shards.ts';

// Each Pagefind result costs a fragment of ~2.5 KB (the article's text, for its excerpt), and a
// reader typing gets a new list per keystroke: ten per list keeps a first search small.
const PAGE_SIZE = RESULTS_PAGE_SIZE;
const MAX_CARDS = 3;

/** What a search found. */
export interface Found {
  articles: PagefindResult[];
  cardData: PagefindResultData[];
  firstPage: PagefindResultData[];
  /** The query's exact keys (the filter counts come from the bundles that hold them all). */
  keys: string[];
  /** Pagefind's search through the year shards, when it answered (the rest is searched on request). */
  sharded?: ShardedSearch;
  /**
   * From the list of one name: how many of the articles are tagged with it (the rest only
   * mention it in their text).
   */
  tagged?: number;
}

/** The data of a page of articles, from the `from`-th (Pagefind fetches their fragments). */
export function pageOf(articles: readonly PagefindResult[], from: number): Promise<PagefindResultData[]> {
  return Promise.all(articles.slice(from, from + PAGE_SIZE).map((result) => result.data()));
}

/** A result whose data is already at hand (from the lists), shaped like Pagefind's. */
function loadedResult(data: PagefindResultData): PagefindResult {
  return { id: data.url, score: 0, data: () => Promise.resolve(data) };
}

/**
 * The results after a long list's first page (a year's, a busy month's or person's): placeholders
 * whose data, once the reader asks for more, comes from Pagefind's list in the order that
 * continues the first page.
 */
function restFromPagefind(
  base: string,
  state: SearchState,
  understood: UnderstoodQuery | undefined,
  rest: ListRest,
): PagefindResult[] {
  let listed: Promise<PagefindResult[]> | undefined;
  const pagefindRest = () =>
    (listed ??= (async () => {
      const index = await loadPagefind(base);
      await index.include(index.shards);
      // By the list's key alone: the articles that carry it, as the list was built from.
      const search = articleSearch(
        { ...state, sort: rest.order },
        understood && keysOnly(understood),
        index.shards,
      );
      const skip = new Set(rest.skip);
      return (await searchArticles(index, search)).results.filter((_, place) => !skip.has(place));
    })());
  return Array.from({ length: rest.count }, (_, place) => ({
    id: `rest-${place}`,
    score: 0,
    data: async () => {
      const result = (await pagefindRest())[place];
      if (!result) throw new Error(`The index lists fewer articles than the list (${rest.count} more)`);
      return result.data();
    },
  }));
}

/** The query searched by its exact keys alone (names, dates): the articles that carry them all. */
function keysOnly(understood: UnderstoodQuery): UnderstoodQuery {
  return { ...understood, terms: understood.keys.join(' ') };
}

/** The answer of the lists, or `undefined` when one of them is too long to list. */
export async function fromLists(
  base: string,
  lists: ListFiles,
  plan: ListPlan,
  state: SearchState,
  understood: UnderstoodQuery | undefined,
): Promise<Found | undefined> {
  const listed = await lists.answer(plan, state.sort);
  if (!listed) return undefined;
  const articles = [
    ...listed.articles.map(loadedResult),
    ...(listed.rest ? restFromPagefind(base, state, understood, listed.rest) : []),
  ];
  const [only] = plan.groups;
  return {
    articles,
    cardData: listed.cards.slice(0, MAX_CARDS),
    firstPage: await pageOf(articles, 0),
    keys: understood?.keys ?? [],
    ...(plan.groups.length === 1 && only?.names ? { tagged: listed.own } : {}),
  };
}

/**
 * The answer of Pagefind, loading it first if needed: the cards, and the articles of the first
 * shards that can answer (shard-search.ts; `firstPages` articles' worth at most once a page is
 * found); `undefined` once `overtaken()` says a newer search has started (its fragments would
 * only delay that one).
 */
export async function fromPagefind(
  base: string,
  words: WordShards,
  state: SearchState,
  understood: UnderstoodQuery | undefined,
  overtaken: () => boolean,
): Promise<Found | undefined> {
  // Names and dates alone (their lists too long to join): by their keys, which every article
  // naming them carries, also one whose text names them in other words than the query's.
  const asked =
    understood && understood.freeWords.length === 0 && understood.keys.length > 0
      ? keysOnly(understood)
      : understood;
  const request = articleRequest(state, asked);
  const [index, holders] = await Promise.all([
    loadPagefind(base),
    request.term === null
      ? undefined
      : shardManifest(base).then((manifest) => words.shardsFor(request.term!, manifest.words)),
  ]);
  if (overtaken()) return undefined;
  const cardsRequest = entityRequest(state, asked);
  const termWords = request.term?.split(' ').filter(Boolean).length ?? 0;
  const keys = termWords > 1 ? (understood?.keys ?? []) : [];
  const sharded = new ShardedSearch(index, planShards(index.manifest, holders, state), request, keys);
  const [cards] = await Promise.all([
    cardsRequest ? run(index.pagefind, cardsRequest) : undefined,
    // Browsing by filters alone reads every shard: the word directory cannot narrow it.
    sharded.first(request.term === null ? Infinity : (index.manifest.firstPages ?? Infinity)),
  ]);
  if (overtaken()) return undefined;
  // Cards, like the list, only with every exact key of the query.
  const cardResults = (cards?.results ?? []).filter(await everyKeyTest(index, keys));
  // The cards' and the first articles' fragments side by side: one round trip, not two. A few
  // more cards than are shown, as the query may name none of the first (named-cards.ts).
  const [candidates, firstPage] = await Promise.all([
    Promise.all(cardResults.slice(0, 2 * MAX_CARDS).map((result) => result.data())),
    pageOf(sharded.articles, 0),
  ]);
  const cardData = understood
    ? candidates.filter((card) => namedCard(card, state.q, understood)).slice(0, MAX_CARDS)
    : [];
  return { articles: sharded.articles, cardData, firstPage, keys, sharded };
}
