/**
 * Turns the page state and the understood query into Pagefind searches: the list of articles
 * (with the reader's filters and sort), the person, place and source cards shown above them,
 * and the filter counts shown beside them. Everything that reads the `kind` filter is here.
 *
 * The index is several Pagefind bundles merged into one search: the people, places and
 * sources pages at the bundle root, the articles in year shards. Pagefind counts the values
 * of every filter a bundle has loaded on every search, in time proportional to the filter's
 * pages times the results (twice: with and without the chosen filters), so the list and the
 * cards are searched with no filter that lists every page of a year shard:
 *
 * - articles are what is not an entity page (`kind` none of the entity kinds): only the
 *   entity bundle has a `kind` filter, and in a bundle without it `none` keeps every page;
 * - a merged search orders all results by score, and with a sort a score is a page's position
 *   within its own bundle, so a list in date order is one search per year shard, limited by
 *   the real `year` filter to the years in the shard's name, the lists joined newest first;
 * - the filter counts come from a second instance whose bundles each carry a synthetic filter
 *   `shard` naming it (pagefind-api.ts): counting is its job, and with it a count can leave
 *   out a bundle that lacks one of the query's exact keys.
 */
import type { UnderstoodQuery } from './query.ts';
import { ENTITY_BUNDLE, shardYears } from '../shared/shards.ts';
import type { FilterKey, SearchState } from './url-state.ts';

/** A Pagefind filter: every value (`all`), one of them (`any`), or none of them. */
export type PagefindFilter = { all: string[] } | { any: string[] } | { none: string[] } | string;

export interface PagefindRequest {
  /** The search text, or `null` to list everything the filters allow. */
  term: string | null;
  options: { filters: Record<string, PagefindFilter>; sort?: Record<string, 'asc' | 'desc'> };
}

/** The synthetic filter each bundle of the counting instance carries with its shard's name. */
export const SHARD_FILTER = 'shard';

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
  return shards.filter((shard) => shard !== ENTITY_BUNDLE);
}

/** The search for the list of articles, over all bundles: every page but the entity pages. */
export function articleRequest(state: SearchState, understood: UnderstoodQuery | undefined): PagefindRequest {
  const filters: Record<string, PagefindFilter> = {
    kind: { none: [...ENTITY_KINDS] },
    ...chosenFilters(state),
  };
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
   * Exact keys every result must hold (`withEveryKey`). Pagefind drops a word that matches
   * nothing in a bundle, so with other words beside it a key missing from a bundle would
   * silently widen that bundle's results (to a namesake, to a day nobody wrote about). A lone
   * word needs no check: matching nothing, it finds nothing.
   */
  keys: string[];
}

/**
 * The searches for the list of articles; `shards` are the bundles' shard names, the entity
 * bundle's first, then the year shards newest first.
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
  if (!direction || years.length < 2) return { requests: [request], keys };
  const order = (direction === 'desc' ? years : [...years].reverse()).flatMap((shard) => {
    const limited = withinYears(request, shardYears(shard));
    return limited ? [{ shard, request: limited }] : [];
  });
  return { requests: order.map((one) => one.request), shards: order.map((one) => one.shard), keys };
}

/**
 * The request limited to some years by the `year` filter, within the years it already
 * chose; `undefined` when none is left.
 */
export function withinYears(request: PagefindRequest, years: readonly string[]): PagefindRequest | undefined {
  const chosen = request.options.filters['year'];
  const allowed =
    chosen && typeof chosen === 'object' && 'any' in chosen
      ? years.filter((year) => chosen.any.includes(year))
      : [...years];
  if (allowed.length === 0) return undefined;
  return {
    ...request,
    options: { ...request.options, filters: { ...request.options.filters, year: { any: allowed } } },
  };
}

/** Whether a result holds every exact key: `keyPages` are the page ids each key found. */
export function withEveryKey(keyPages: readonly ReadonlySet<string>[]): (result: { id: string }) => boolean {
  return (result) => keyPages.every((pages) => pages.has(result.id));
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
