/**
 * Turns the page state and the understood query into Pagefind searches: one for articles
 * (with the reader's filters and sort), one for the person, place and source cards shown
 * above them. Entity pages carry no filters and no date, so they never mix into the list.
 */
import type { UnderstoodQuery } from './query.ts';
import type { FilterKey, SearchState } from './url-state.ts';

/** A Pagefind filter: every value (`all`) or one of them (`any`). */
export type PagefindFilter = { all: string[] } | { any: string[] } | string;

export interface PagefindRequest {
  /** The search text, or `null` to list everything the filters allow. */
  term: string | null;
  options: { filters: Record<string, PagefindFilter>; sort?: Record<string, 'asc' | 'desc'> };
}

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

/** The search for the list of articles. */
export function articleRequest(state: SearchState, understood: UnderstoodQuery | undefined): PagefindRequest {
  const filters: Record<string, PagefindFilter> = { kind: 'article' };
  for (const [key, values] of Object.entries(state.filters) as [FilterKey, string[]][]) {
    if (values.length > 0) filters[key] = COMBINE[key] === 'all' ? { all: values } : { any: values };
  }
  const term = understood && understood.terms.trim() ? understood.terms : null;
  const direction =
    state.sort === 'oldest' ? 'asc' : state.sort === 'newest' || term === null ? 'desc' : undefined;
  return { term, options: { filters, ...(direction ? { sort: { date: direction } } : {}) } };
}

/** The search for entity cards, or `undefined` when the query is empty or filters are set. */
export function entityRequest(
  state: SearchState,
  understood: UnderstoodQuery | undefined,
): PagefindRequest | undefined {
  const filtered = Object.values(state.filters).some((values) => values.length > 0);
  if (!understood || !understood.terms.trim() || filtered) return undefined;
  return { term: understood.terms, options: { filters: { kind: { any: [...ENTITY_KINDS] } } } };
}
