/**
 * The slice of Pagefind's browser API the search page uses, its loader, and the runners of an
 * article search and of the filter counts. The bundle lives at `<base>pagefind/pagefind.js`
 * (the people, places and sources pages), plus the year shards of the articles listed in
 * `<base>pagefind/shards.json`, each merged into the search when a search first needs it
 * (shard-search.ts) and tagged with a synthetic `shard` filter naming it, by which a request
 * is limited to some shards (one value a bundle: cheap to count).
 *
 * Two instances: the one the list and cards are searched with loads only the filters a
 * request uses, and a second one counts the filters shown beside the results (see
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
  /** The page's whole text (Pagefind's results have it; the lists' do not). */
  content?: string;
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

/**
 * The merged index: a Pagefind instance, its bundles' shard names (the entity bundle's first,
 * then newest first), the manifest, and `include`, which merges shards into it. A shard is
 * merged when a search first needs it: merging loads its metadata (~12 bytes an article).
 */
export interface SearchIndex {
  pagefind: PagefindInstance;
  shards: string[];
  manifest: ShardManifest;
  /** Merges the shards named (those not merged yet), each tagged with its name. */
  include(names: readonly string[]): Promise<void>;
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
      shardManifest(base),
    ]);
    return { module, bundle, manifest };
  })();
  return loading;
}

let manifestFile: Promise<ShardManifest> | undefined;

/** `pagefind/shards.json`, fetched once (an archive without shards has none). */
export function shardManifest(base: string): Promise<ShardManifest> {
  manifestFile ??= fetch(`${base.endsWith('/') ? base : `${base}/`}pagefind/shards.json`).then(
    (response) => (response.ok ? response.json() : { shards: [] }) as Promise<ShardManifest>,
  );
  return manifestFile;
}

/**
 * The root bundle's own options: its `shard` tag when there are shards to tell it from. A
 * single bundle is not tagged, because Pagefind counts every loaded filter's values on every
 * search, a synthetic one too (its one value lists every page).
 */
function rootTag(manifest: ShardManifest): PagefindOptions {
  return manifest.shards.length > 0 ? { mergeFilter: { [SHARD_FILTER]: ENTITY_BUNDLE } } : {};
}

/** `pagefind` as a search index whose shards are merged when asked for, each tagged with its name. */
function lazyIndex(
  pagefind: PagefindInstance,
  base: string,
  bundle: string,
  manifest: ShardManifest,
): SearchIndex {
  const merged = new Map<string, Promise<void>>();
  const merging = (name: string): Promise<void> => {
    let done = merged.get(name);
    if (!done) {
      const shard = manifest.shards.find((one) => one.name === name);
      done = shard
        ? pagefind.mergeIndex(`${bundle}${shard.path}`, {
            baseUrl: base,
            mergeFilter: { [SHARD_FILTER]: shard.name },
          })
        : Promise.resolve();
      merged.set(name, done);
    }
    return done;
  };
  const include = async (names: readonly string[]) => {
    await Promise.all(names.map(merging));
  };
  // Shard names are year ranges (`2001-2012`): newest first is descending order.
  const newest = manifest.shards.map((shard) => shard.name).sort((a, b) => (a < b ? 1 : -1));
  return { pagefind, shards: [ENTITY_BUNDLE, ...newest], manifest, include };
}

/** The instance the list and the cards are searched with; starts loading with the page. */
export function loadPagefind(base: string): Promise<SearchIndex> {
  results ??= (async () => {
    const { module, bundle, manifest } = await loadModule(base);
    // Before any search, so the options are the instance's own from the start (no round trip);
    // one call, as a second would replace them.
    await module.options({ baseUrl: base, excerptLength: 24 });
    // Not awaited: a search typed meanwhile need not wait for it.
    warmed = run(module, warmUpRequest()).catch((error: unknown) => console.error(error));
    return lazyIndex(module, base, bundle, manifest);
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
    return lazyIndex(counter, base, bundle, manifest);
  })();
  return counts;
}

/** Runs one request. */
export function run(pagefind: PagefindInstance, request: PagefindRequest): Promise<PagefindResponse> {
  return pagefind.search(request.term, request.options);
}

/**
 * The test every result of a query must pass: it holds every exact key (see
 * `ArticleSearch.keys`), in the bundles merged so far.
 */
export async function everyKeyTest(
  index: SearchIndex,
  keys: readonly string[],
): Promise<(result: PagefindResult) => boolean> {
  const keyHits = await Promise.all(keys.map((key) => index.pagefind.search(key)));
  return withEveryKey(keyHits.map((hit) => new Set(hit.results.map((result) => result.id))));
}

/** The list of articles: the requests' results, each holding every exact key. */
export async function searchArticles(
  index: SearchIndex,
  search: ArticleSearch,
): Promise<{ results: PagefindResult[] }> {
  const [responses, hasEveryKey] = await Promise.all([
    Promise.all(search.requests.map((request) => run(index.pagefind, request))),
    everyKeyTest(index, search.keys),
  ]);
  return { results: responses.flatMap((response) => response.results).filter(hasEveryKey) };
}

/**
 * The filter counts of a request on the counting instance, over the shards `searched` (the
 * entity bundle's name first when the list counts it too), from those that hold every exact key
 * (a bundle without one would count the query without it).
 */
export async function countFilters(
  counter: SearchIndex,
  request: PagefindRequest,
  keys: readonly string[],
  searched: readonly string[],
): Promise<PagefindResponse['filters']> {
  const { pagefind } = counter;
  await counter.include(searched);
  const shards = counter.shards.length === 1 ? counter.shards : [ENTITY_BUNDLE, ...searched];
  const hits = await Promise.all(keys.map((key) => pagefind.search(key)));
  const valid = shardsWithEveryKey(
    shards,
    hits.map((hit) => matchesPerShard(shards, hit)),
  );
  if (valid.length === 0) return {};
  return (await run(pagefind, withinShards(request, valid))).filters;
}
