/**
 * The slice of Pagefind's browser API the search page uses, its loader, and the runners of an
 * article search and of the filter counts. The bundle lives at `<base>pagefind/pagefind.js`
 * (the people, places and sources pages), plus the year shards of the articles listed in
 * `<base>pagefind/shards.json`; every bundle is merged into one search.
 *
 * Two instances: the one the list and cards are searched with loads only the filters a
 * request uses and carries no synthetic filter, and a second one counts the filters shown
 * beside the results, each of its bundles tagged with a synthetic `shard` filter (see
 * pagefind-request.ts). Pagefind counts every loaded filter's values on every search, in time
 * proportional to the filter's pages times the results: with all six filters loaded a prefix
 * typed in the box took 1.4 s at 20,000 articles instead of 0.5 s, so the counts live apart
 * and load after the results.
 */
import {
  SHARD_FILTER,
  matchesPerShard,
  shardsWithEveryKey,
  warmUpRequest,
  withEveryKey,
  withinShards,
  type ArticleSearch,
  type PagefindRequest,
} from './pagefind-request.ts';
import { ENTITY_BUNDLE, type ShardManifest } from '../shared/shards.ts';

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
  /** Counts per filter value among these results (only of the filters loaded so far). */
  filters: Record<string, Record<string, number>>;
  /** Counts per filter value ignoring the chosen filters. */
  totalFilters: Record<string, Record<string, number>>;
}

interface PagefindOptions {
  baseUrl?: string;
  basePath?: string;
  excerptLength?: number;
  mergeFilter?: Record<string, string>;
}

/** A Pagefind instance: the module's default one, or one from `createInstance`. */
export interface PagefindInstance {
  options(options: PagefindOptions): Promise<void>;
  search(term: string | null, options?: PagefindRequest['options']): Promise<PagefindResponse>;
  filters(): Promise<Record<string, Record<string, number>>>;
  mergeIndex(indexPath: string, options?: PagefindOptions): Promise<void>;
  /** Loads the index chunks a search for `term` needs, in every merged bundle, and no more. */
  preload(term: string): Promise<void>;
}

/** `pagefind.js`. */
export interface Pagefind extends PagefindInstance {
  createInstance(options: PagefindOptions): PagefindInstance;
}

/** The merged index: a Pagefind instance and its bundles' shard names, the entity bundle's first, then newest first. */
export interface SearchIndex {
  pagefind: PagefindInstance;
  shards: string[];
}

let loading: Promise<{ module: Pagefind; bundle: string; manifest: ShardManifest }> | undefined;
let results: Promise<SearchIndex> | undefined;
let counts: Promise<SearchIndex> | undefined;
/** The warm-up search of the first instance (see `warmUpRequest`). */
let warmed: Promise<unknown> = Promise.resolve();

/** The bundle URL, Pagefind's module and the shard list, fetched once and side by side. */
function loadModule(base: string) {
  loading ??= (async () => {
    const bundle = `${base.endsWith('/') ? base : `${base}/`}pagefind/`;
    const [module, manifest] = await Promise.all([
      import(/* @vite-ignore */ `${bundle}pagefind.js`) as Promise<Pagefind>,
      fetch(`${bundle}shards.json`).then(
        (response) => (response.ok ? response.json() : { shards: [] }) as Promise<ShardManifest>,
      ),
    ]);
    return { module, bundle, manifest };
  })();
  return loading;
}

/**
 * The root bundle's own options: its `shard` tag when there are shards to tell it from. A
 * single bundle is not tagged, because Pagefind counts every loaded filter's values on every
 * search, a synthetic one too (its one value lists every page).
 */
function rootTag(manifest: ShardManifest): PagefindOptions {
  return manifest.shards.length > 0 ? { mergeFilter: { [SHARD_FILTER]: ENTITY_BUNDLE } } : {};
}

/** Merges every shard into `pagefind`, each tagged with its name when `tagged`. */
async function merge(
  pagefind: PagefindInstance,
  base: string,
  bundle: string,
  manifest: ShardManifest,
  tagged: boolean,
): Promise<SearchIndex> {
  await Promise.all(
    manifest.shards.map((shard) =>
      pagefind.mergeIndex(`${bundle}${shard.path}`, {
        baseUrl: base,
        ...(tagged ? { mergeFilter: { [SHARD_FILTER]: shard.name } } : {}),
      }),
    ),
  );
  // Shard names are year ranges (`2001-2012`): newest first is descending order.
  const older = manifest.shards.map((shard) => shard.name).sort((a, b) => (a < b ? 1 : -1));
  return { pagefind, shards: [ENTITY_BUNDLE, ...older] };
}

/** The instance the list and the cards are searched with; starts loading with the page. */
export function loadPagefind(base: string): Promise<SearchIndex> {
  results ??= (async () => {
    const { module, bundle, manifest } = await loadModule(base);
    // Before any search, so the options are the instance's own from the start (no round trip);
    // one call, as a second would replace them.
    await module.options({ baseUrl: base, excerptLength: 24 });
    const index = await merge(module, base, bundle, manifest, false);
    // Not awaited: a search typed meanwhile need not wait for it.
    warmed = run(module, warmUpRequest()).catch((error: unknown) => console.error(error));
    return index;
  })();
  return results;
}

/** The instance that counts the filters; loaded when the first counts are wanted. */
export function loadCounter(base: string): Promise<SearchIndex> {
  counts ??= (async () => {
    // Once the first instance has searched (so has its WebAssembly): instances starting side
    // by side could each set up the module Pagefind shares between them.
    await loadPagefind(base);
    await warmed;
    const { module, bundle, manifest } = await loadModule(base);
    const counter = module.createInstance({ basePath: bundle, baseUrl: base, ...rootTag(manifest) });
    return merge(counter, base, bundle, manifest, true);
  })();
  return counts;
}

/** Runs one request. */
export function run(pagefind: PagefindInstance, request: PagefindRequest): Promise<PagefindResponse> {
  return pagefind.search(request.term, request.options);
}

/**
 * The list of articles, and the test every result of the query must pass: it holds every
 * exact key (see `ArticleSearch.keys`; cards are held to it too).
 */
export async function searchArticles(
  index: SearchIndex,
  search: ArticleSearch,
): Promise<{ results: PagefindResult[]; hasEveryKey: (result: PagefindResult) => boolean }> {
  const { pagefind } = index;
  const [responses, keyHits] = await Promise.all([
    Promise.all(search.requests.map((request) => run(pagefind, request))),
    Promise.all(search.keys.map((key) => pagefind.search(key))),
  ]);
  const hasEveryKey = withEveryKey(keyHits.map((hit) => new Set(hit.results.map((result) => result.id))));
  return { results: responses.flatMap((response) => response.results).filter(hasEveryKey), hasEveryKey };
}

/**
 * The filter counts of a request on the counting instance, from the bundles that hold every
 * exact key (a bundle without one would count the query without it).
 */
export async function countFilters(
  counter: SearchIndex,
  request: PagefindRequest,
  keys: readonly string[],
): Promise<PagefindResponse['filters']> {
  const { pagefind, shards } = counter;
  const hits = await Promise.all(keys.map((key) => pagefind.search(key)));
  const valid = shardsWithEveryKey(
    shards,
    hits.map((hit) => matchesPerShard(shards, hit)),
  );
  if (valid.length === 0) return {};
  return (await run(pagefind, withinShards(request, valid, shards))).filters;
}
