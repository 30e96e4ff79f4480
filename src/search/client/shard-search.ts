/**
 * A search of the articles through the year shards, one shard at a time in the list's order
 * (newest first, oldest first with that sort), each shard's results after the previous
 * shard's. Only the shards that can answer are searched (the word directory, word-shards.ts),
 * and a first search reads the first shards up to `firstPages` articles side by side (one
 * shard more when they hold no result): every shard it searches costs its Pagefind metadata (~12
 * bytes an article) and a chunk per word, ~70 KB a year at 100,000 articles. The rest of the
 * archive is searched when the reader asks (docs/decisions/0033).
 */
import type { ShardManifest } from '../shared/shards.ts';
import { searchArticles, type PagefindResult, type SearchIndex } from './pagefind-api.ts';
import { withinShards, type PagefindRequest } from './pagefind-request.ts';
import type { SearchState } from './url-state.ts';

/** A year shard as the manifest lists it, with its place there. */
export interface PlannedShard {
  place: number;
  name: string;
  pages: number;
  years: [first: string, last: string];
}

/** The shards a search goes through, in its order. */
export interface ShardPlan {
  /** Every shard the chosen years reach: the part of the archive the search is over. */
  span: PlannedShard[];
  /** Those among them that can answer it. */
  candidates: PlannedShard[];
}

/** The years a set of shards covers: `[first, last]`, or `undefined` for none. */
export type Period = [first: string, last: string];

/** Whether a shard's years meet the chosen years (a month chosen counts as its year). */
function reaches(shard: PlannedShard, state: SearchState): boolean {
  const chosen = [...state.filters.year, ...state.filters.month.map((month) => month.slice(0, 4))];
  return chosen.length === 0 || chosen.some((year) => year >= shard.years[0] && year <= shard.years[1]);
}

/**
 * The shards to search for `state`, newest first (oldest first when sorted so): those the
 * chosen years reach, and those of them in `holders` (manifest places; `undefined`: all).
 */
export function planShards(
  manifest: ShardManifest,
  holders: ReadonlySet<number> | undefined,
  state: SearchState,
): ShardPlan {
  const shards = manifest.shards.map((shard, place) => ({ ...shard, place }));
  const ordered = state.sort === 'oldest' ? shards : shards.reverse();
  const span = ordered.filter((shard) => reaches(shard, state));
  return { span, candidates: span.filter((shard) => holders?.has(shard.place) ?? true) };
}

/** The years of some shards, first to last. */
export function periodOf(shards: readonly PlannedShard[]): Period | undefined {
  if (shards.length === 0) return undefined;
  const firsts = shards.map((shard) => shard.years[0]).sort();
  const lasts = shards.map((shard) => shard.years[1]).sort();
  return [firsts[0]!, lasts.at(-1)!];
}

/**
 * How many of the first shards a first search reads side by side: those within `budget`
 * articles, at least one. When they hold no result it reads one more (`ShardedSearch.first`).
 */
export function shardsWithin(shards: readonly { pages: number }[], budget: number): number {
  let count = 0;
  let pages = 0;
  for (const shard of shards) {
    if (count > 0 && pages + shard.pages > budget) break;
    pages += shard.pages;
    count += 1;
  }
  return count;
}

export class ShardedSearch {
  /** The results so far, shard after shard. */
  readonly articles: PagefindResult[] = [];
  readonly #index: SearchIndex;
  readonly #plan: ShardPlan;
  readonly #request: PagefindRequest;
  readonly #keys: readonly string[];
  /** How many of the candidates are searched. */
  #next = 0;

  constructor(index: SearchIndex, plan: ShardPlan, request: PagefindRequest, keys: readonly string[]) {
    this.#index = index;
    this.#plan = plan;
    this.#request = request;
    this.#keys = keys;
  }

  /** The names of the shards searched so far. */
  get searched(): string[] {
    return this.#plan.candidates.slice(0, this.#next).map((shard) => shard.name);
  }

  /**
   * The years searched so far: from the start of the span to the last shard searched (the
   * shards skipped on the way hold none of the query's words); `undefined` when the whole span is.
   */
  get covered(): Period | undefined {
    if (this.left === undefined) return undefined;
    const last = this.#plan.candidates[this.#next - 1];
    const end = last ? this.#plan.span.indexOf(last) + 1 : 0;
    return periodOf(this.#plan.span.slice(0, end));
  }

  /** The years of the shards still to search, or `undefined` when none is left. */
  get left(): Period | undefined {
    return periodOf(this.#plan.candidates.slice(this.#next));
  }

  /**
   * Searches the first shards within `budget` articles side by side, then, when they found
   * nothing, one more.
   */
  async first(budget: number): Promise<void> {
    const count = shardsWithin(this.#plan.candidates, budget);
    await this.#search(this.#plan.candidates.slice(0, count));
    const next = this.#plan.candidates[count];
    if (next && this.articles.length === 0) await this.#search([next]);
  }

  /** Searches every shard left, one at a time; `onShard` after each, until it returns false. */
  async rest(onShard: () => boolean): Promise<void> {
    for (let shard = this.#plan.candidates[this.#next]; shard; shard = this.#plan.candidates[this.#next]) {
      await this.#search([shard]);
      if (!onShard()) return;
    }
  }

  /** Searches some shards side by side; their results join the list in the shards' order. */
  async #search(shards: readonly PlannedShard[]): Promise<void> {
    const found = await Promise.all(
      shards.map(async (shard) => {
        await this.#index.include([shard.name]);
        const request = withinShards(this.#request, [shard.name]);
        return searchArticles(this.#index, { requests: [request], keys: [...this.#keys] });
      }),
    );
    for (const { results } of found) this.articles.push(...results);
    this.#next += shards.length;
  }
}
