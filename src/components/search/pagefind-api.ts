/**
 * The slice of Pagefind's browser API the search page uses, and its loader. The bundle lives at
 * `<base>pagefind/pagefind.js` (the newest year shard, with the people, places and sources
 * pages), plus the older year shards listed in `<base>pagefind/shards.json`; all are fetched
 * when the search page loads.
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
  mergeIndex(indexPath: string, options?: { baseUrl?: string }): Promise<void>;
}

/** `pagefind/shards.json`, written by the build (src/integrations/search-shards.ts). */
interface ShardManifest {
  shards: { path: string }[];
}

let loading: Promise<Pagefind> | undefined;

/** Loads and configures Pagefind once; result URLs get the site's base. */
export function loadPagefind(base: string): Promise<Pagefind> {
  loading ??= (async () => {
    const bundle = `${base.endsWith('/') ? base : `${base}/`}pagefind/`;
    const [pagefind, manifest] = await Promise.all([
      import(/* @vite-ignore */ `${bundle}pagefind.js`) as Promise<Pagefind>,
      fetch(`${bundle}shards.json`).then(
        (response) => (response.ok ? response.json() : { shards: [] }) as Promise<ShardManifest>,
      ),
    ]);
    await pagefind.options({ baseUrl: base, excerptLength: 24 });
    // The index is split into year shards (search-shards.ts): the newest at the bundle root,
    // older ones merged into it, all fetched at the same time.
    await Promise.all(
      manifest.shards.map((shard) => pagefind.mergeIndex(`${bundle}${shard.path}`, { baseUrl: base })),
    );
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
