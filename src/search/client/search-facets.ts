/**
 * The filter counts beside the results: computed once the reader pauses (counting is a search
 * of its own, and the first one loads the filters, which would only delay the next keystroke's
 * results), from the Pagefind instance that counts (pagefind-api.ts) over the year shards the
 * list came from, with the display names of `/search/facets.json`.
 */
import { archiveCounts, type FacetLabels } from '../shared/directory.ts';
import { countFilters, loadCounter, type PagefindResponse } from './pagefind-api.ts';
import { facetRequest } from './pagefind-request.ts';
import type { UnderstoodQuery } from './query.ts';
import type { Found } from './find-results.ts';
import { isActive, type SearchState } from './url-state.ts';

/** How long after a search its counts wait for the next keystroke. */
export const FACETS_AFTER_MS = 250;

/** What the filter counts of a shown search are computed from. */
export interface FacetJob {
  state: SearchState;
  understood: UnderstoodQuery | undefined;
  /** The query's exact keys: counts come only from the bundles that hold them all. */
  keys: string[];
  /** No result: nothing to count. */
  empty: boolean;
  /** The year shards the list comes from (`undefined`: all of them). */
  searched?: string[] | undefined;
}

/** The job of counting the filters of a search shown: its state, query and what it found. */
export function facetJob(
  state: SearchState,
  understood: UnderstoodQuery | undefined,
  found: Pick<Found, 'articles' | 'keys' | 'sharded'> | undefined,
): FacetJob {
  return {
    state,
    understood,
    keys: found?.keys ?? [],
    empty: (found?.articles.length ?? 0) === 0,
    searched: found?.sharded?.searched,
  };
}

export class FacetCounts {
  readonly #base: string;
  #labels: Promise<FacetLabels> | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(base: string) {
    this.#base = base;
  }

  /**
   * Computes a job's counts once the reader pauses (`FACETS_AFTER_MS`), replacing any job
   * scheduled before, and hands them to `show` while `current()` says its search is shown.
   */
  schedule(
    job: FacetJob,
    current: () => boolean,
    show: (labels: FacetLabels, counts: PagefindResponse['filters']) => void,
  ): void {
    this.cancel();
    this.#timer = setTimeout(() => {
      this.of(job, current)
        .then(({ labels, counts }) => current() && show(labels, counts))
        .catch((error: unknown) => {
          if (current()) console.error(error);
        });
    }, FACETS_AFTER_MS);
  }

  /** Drops the job scheduled, if any. */
  cancel(): void {
    clearTimeout(this.#timer);
  }

  /** The labels and counts of a job; `current()` says whether its search is still shown. */
  async of(
    { state, understood, keys, empty, searched }: FacetJob,
    current: () => boolean,
  ): Promise<{ labels: FacetLabels; counts: PagefindResponse['filters'] }> {
    this.#labels ??= fetch(`${this.#base}search/facets.json`).then((response) => {
      if (!response.ok) throw new Error(`facets.json: HTTP ${response.status}`);
      return response.json() as Promise<FacetLabels>;
    });
    const countsOf = async () => {
      if (empty || !current()) return {};
      // Before anything is searched: the whole archive, counted at build time.
      if (!isActive(state)) return archiveCounts(await this.#labels!);
      const counter = await loadCounter(this.#base);
      const shards = searched ?? counter.shards.slice(1);
      return countFilters(counter, facetRequest(state, understood), keys, shards);
    };
    const [labels, counts] = await Promise.all([this.#labels, countsOf()]);
    return { labels, counts };
  }
}
