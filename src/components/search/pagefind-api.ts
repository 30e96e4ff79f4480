/**
 * The slice of Pagefind's browser API the search page uses, and its loader. The bundle lives at
 * `<base>pagefind/pagefind.js`, written by the build; it is fetched only when search starts.
 */
import type { PagefindRequest } from '../../lib/search/pagefind-request.ts';

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
}

export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}

export interface PagefindResponse {
  results: PagefindResult[];
  /** Counts per filter value among these results. */
  filters: Record<string, Record<string, number>>;
  /** Counts per filter value ignoring the chosen filters. */
  totalFilters: Record<string, Record<string, number>>;
}

export interface Pagefind {
  options(options: { baseUrl?: string; excerptLength?: number }): Promise<void>;
  search(term: string | null, options?: PagefindRequest['options']): Promise<PagefindResponse>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

let loading: Promise<Pagefind> | undefined;

/** Loads and configures Pagefind once; result URLs get the site's base. */
export function loadPagefind(base: string): Promise<Pagefind> {
  loading ??= (async () => {
    const url = `${base.endsWith('/') ? base : `${base}/`}pagefind/pagefind.js`;
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pagefind.options({ baseUrl: base, excerptLength: 24 });
    // Pagefind counts only the filters it has loaded; loading them all up front makes every
    // search return counts for every filter, not just the ones in use.
    await pagefind.filters();
    return pagefind;
  })();
  return loading;
}

/** Runs one request. */
export function run(pagefind: Pagefind, request: PagefindRequest): Promise<PagefindResponse> {
  return pagefind.search(request.term, request.options);
}
