/**
 * Turns the page state and the understood query into Pagefind searches: the list of articles
 * (with the reader's filters and sort), the person, place and source cards shown above them,
 * and the filter counts shown beside them. Everything that reads the `kind` filter is here.
 *
 * The index is several Pagefind bundles merged into one search: the people, places and
 * sources pages at the bundle root, the articles in year shards. Each bundle carries a
 * synthetic filter `shard` naming it (pagefind-api.ts). That filter, not a `kind` filter,
 * tells articles from entity pages: it costs no download, where a `kind` filter listing every
 * article is a file per year shard (48 KB for a first search at 20,000 articles) that Pagefind
 * would also count on every search. And a merged search orders all results by score, while
 * with a sort a score is a page's position within its own bundle: a list in date order is
 * searched shard by shard and the lists joined, newest shard first.
 */
import type { UnderstoodQuery } from './query.ts';
import { ENTITY_BUNDLE } from './shard-plan.ts';
import type { FilterKey, SearchState } from './url-state.ts';

/** A Pagefind filter: every value (`all`) or one of them (`any`). */
export type PagefindFilter = { all: string[] } | { any: string[] } | string;

export interface PagefindRequest {
  /** The search text, or `null` to list everything the filters allow. */
  term: string | null;
  options: { filters: Record<string, PagefindFilter>; sort?: Record<string, 'asc' | 'desc'> };
}

/** The synthetic filter each bundle carries with its shard's name as the value. */
export const SHARD_FILTER = 'shard';
/** The shard name of the root bundle (people, places, sources), which `shards.json` does not list. */
export const ENTITY_SHARD = ENTITY_BUNDLE;

/** An article must name every chosen person and place, and match one chosen source/year/month. */
const COMBINE: Record<FilterKey, 'all' | 'any'> = {
  person: 'all',
  place: 'all',
  source: 'any',
  year: 'any',
  month: 'any',
};

/** The kinds of entity page shown as cards. */
export const ENTITY_KINDS = ['person', 'place', 'source'] as const;

/** The reader's filters as Pagefind filters. */
function chosenFilters(state: SearchState): Record<string, PagefindFilter> {
  const filters: Record<string, PagefindFilter> = {};
  for (const [key, values] of Object.entries(state.filters) as [FilterKey, string[]][]) {
    if (values.length > 0) filters[key] = COMBINE[key] === 'all' ? { all: values } : { any: values };
  }
  return filters;
}

function termOf(understood: UnderstoodQuery | undefined): string | null {
  return understood && understood.terms.trim() ? understood.terms : null;
}

/** The year shards among the shard names: the bundles that hold articles. */
export function articleShards(shards: readonly string[]): string[] {
  return shards.filter((shard) => shard !== ENTITY_SHARD);
}

/** The search for the list of articles; `articleSearch` limits it to the year shards. */
export function articleRequest(state: SearchState, understood: UnderstoodQuery | undefined): PagefindRequest {
  const filters = chosenFilters(state);
  const term = termOf(understood);
  const direction =
    state.sort === 'oldest' ? 'asc' : state.sort === 'newest' || term === null ? 'desc' : undefined;
  return { term, options: { filters, ...(direction ? { sort: { date: direction } } : {}) } };
}

/**
 * The search for entity cards, or `undefined` when the query is empty or filters are set. Only
 * the entity bundle has a `kind` filter: in the year shards it matches nothing and loads nothing.
 */
export function entityRequest(
  state: SearchState,
  understood: UnderstoodQuery | undefined,
): PagefindRequest | undefined {
  const filtered = Object.values(state.filters).some((values) => values.length > 0);
  const term = termOf(understood);
  if (term === null || filtered) return undefined;
  return { term, options: { filters: { kind: { any: [...ENTITY_KINDS] } } } };
}

/**
 * A cheap search to run while the page loads: it fetches the entity bundle's `kind` filter the
 * cards need, and runs Pagefind's filter counting once over the place pages (one per 16
 * articles in the benchmark's archives). A first search otherwise counts in WebAssembly's baseline
 * tier: at 5,000 articles a first two-letter prefix spent ~250 ms counting, ~130 ms after
 * this warm-up (which takes ~40 ms; ~80 ms at 20,000 articles).
 */
export function warmUpRequest(): PagefindRequest {
  return { term: null, options: { filters: { kind: 'place' } } };
}

/** How a list of articles is searched. */
export interface ArticleSearch {
  /** The searches to run; the list is their results, joined in this order (none: no articles). */
  requests: PagefindRequest[];
  /** With a date order, the shard each request is limited to (one request per shard). */
  shards?: string[];
  /**
   * Exact keys to check in every bundle. Pagefind drops a word that matches nothing in a
   * bundle, so with other words beside it a key missing from a bundle would silently widen
   * that bundle's results (to a namesake, to a day nobody wrote about). A lone word needs no
   * check: matching nothing, it finds nothing.
   */
  keys: string[];
}

/**
 * The searches for the list of articles, within the year shards; `shards` are the bundles'
 * shard names, the entity bundle's first, then the year shards newest first.
 */
export function articleSearch(
  state: SearchState,
  understood: UnderstoodQuery | undefined,
  shards: readonly string[],
): ArticleSearch {
  const request = articleRequest(state, understood);
  const words = request.term?.split(' ').filter(Boolean).length ?? 0;
  const keys = words > 1 ? (understood?.keys ?? []) : [];
  const years = articleShards(shards);
  if (years.length === 0) return { requests: [], keys };
  const direction = request.options.sort?.['date'];
  if (!direction || years.length < 2) return { requests: [withinShards(request, years)], keys };
  const order = direction === 'desc' ? years : [...years].reverse();
  return { requests: order.map((shard) => withinShards(request, [shard])), shards: order, keys };
}

/** The request limited to the bundles of some shards (`all`: the shards there are). */
export function withinShards(
  request: PagefindRequest,
  shards: readonly string[],
  all?: readonly string[],
): PagefindRequest {
  if (all && shards.length === all.length) return request;
  return {
    ...request,
    options: {
      ...request.options,
      filters: {
        ...request.options.filters,
        [SHARD_FILTER]: shards.length === 1 ? shards[0]! : { any: [...shards] },
      },
    },
  };
}

/**
 * The pages a search for a key alone found in each shard: its `shard` filter counts, or, with
 * a single bundle (which carries no `shard` filter: see pagefind-api.ts), its result count.
 */
export function matchesPerShard(
  shards: readonly string[],
  response: { results: readonly unknown[]; filters: Record<string, Record<string, number>> },
): Record<string, number> {
  return shards.length === 1
    ? { [shards[0]!]: response.results.length }
    : (response.filters[SHARD_FILTER] ?? {});
}

/** The shards whose bundle holds every key; `matches[i]` is `matchesPerShard` of key i. */
export function shardsWithEveryKey(
  shards: readonly string[],
  matches: readonly Record<string, number>[],
): string[] {
  return shards.filter((shard) => matches.every((counts) => (counts[shard] ?? 0) > 0));
}

/** The filters whose counts the page shows beside the results, in `FilterKey` terms. */
export function facetKeys(state: SearchState): FilterKey[] {
  const months = state.filters.year.length > 0 || state.filters.month.length > 0;
  return ['person', 'place', 'source', 'year', ...(months ? (['month'] as const) : [])];
}

/**
 * The search whose filter counts are shown beside the results: the articles' term and
 * filters, and every facet filter (an empty `any` changes no result, but makes Pagefind load
 * that filter and count its values). It needs no `kind` filter: entity pages carry none of
 * the facet filters, so they add to no count. Limit it to the list's shards (`withinShards`).
 */
export function facetRequest(state: SearchState, understood: UnderstoodQuery | undefined): PagefindRequest {
  const filters: Record<string, PagefindFilter> = {};
  for (const key of facetKeys(state)) filters[key] = { any: [] };
  return { term: termOf(understood), options: { filters: { ...filters, ...chosenFilters(state) } } };
}
