/**
 * The search page's state as a URL query: `?q=Лавров&person=sergey-lavrov&year=2022&sort=newest`.
 * One source of truth, so a search can be shared, reloaded and walked back with Back.
 */
import { SORTS, type Sort } from '../shared/sorts.ts';

/** The filters the search page offers, in the order it shows them. */
export const FILTER_KEYS = ['person', 'place', 'source', 'year', 'month'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export interface SearchState {
  /** What the reader typed, trimmed. */
  q: string;
  /** Selected values per filter (ids for people, places, sources; `2022`, `2022-05`). */
  filters: Record<FilterKey, string[]>;
  sort: Sort;
}

/** A state with nothing typed or chosen. */
export function emptyState(): SearchState {
  return { q: '', filters: { person: [], place: [], source: [], year: [], month: [] }, sort: 'relevance' };
}

/** Reads the state from a query string; unknown keys and values are ignored. */
export function parseState(search: string | URLSearchParams): SearchState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const state = emptyState();
  state.q = (params.get('q') ?? '').trim();
  for (const key of FILTER_KEYS)
    state.filters[key] = [
      ...new Set(
        params
          .getAll(key)
          .map((value) => value.trim())
          .filter(Boolean),
      ),
    ];
  const sort = params.get('sort');
  if (sort && (SORTS as readonly string[]).includes(sort)) state.sort = sort as Sort;
  return state;
}

/** The query string of a state (`?q=…`, or `''` for the empty state); defaults are left out. */
export function stateToSearch(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const key of FILTER_KEYS) for (const value of state.filters[key]) params.append(key, value);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** True when the state asks for anything: a query or a filter. */
export function isActive(state: SearchState): boolean {
  return state.q !== '' || FILTER_KEYS.some((key) => state.filters[key].length > 0);
}

/** The state with one filter value switched on or off. */
export function toggleFilter(state: SearchState, key: FilterKey, value: string, on: boolean): SearchState {
  const values = state.filters[key].filter((existing) => existing !== value);
  return { ...state, filters: { ...state.filters, [key]: on ? [...values, value] : values } };
}
