/**
 * Search speed as a reader meets it, in headless Chromium against the served build: for each
 * query, the time from the last keystroke to rendered results, cold (fresh browser cache) and
 * warm (index already loaded), and the bytes a first search transfers (Pagefind's files and
 * the search page's JSON, from opening the page to the results): counted by the
 * benchmark's own server, because Pagefind fetches its index from a Web Worker, whose
 * requests a page's CDP Network events do not show.
 *
 * With a search page (`/search/` holding a search input), the query is typed into it and the
 * clock runs from the last keydown until result links are shown for the whole query: the box
 * holds it and nothing on the page is `aria-busy` (a page that searches as the reader types
 * shows results for a prefix before the last keystroke; those must not stop the clock). Without one, the
 * harness calls Pagefind's JS API itself (the root bundle plus the year shards it merges) and
 * renders the results list, which is what a search UI does after its debounce.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import type { RunningServer } from './static-server.ts';
import type { Pagefind } from '../../src/search/client/pagefind-api.ts';
import type { ShardManifest } from '../../src/search/shared/shards.ts';
import { CHROMIUM_ARGS, findChromium } from '../../tests/e2e/support/browser.ts';
import { worthSearchingWhileTyping } from '../../src/search/client/typing.ts';

export interface SearchTiming {
  query: string;
  coldMs: number;
  warmMs: number;
  results: number;
  firstSearchBytes: number;
  largestResponse: { url: string; bytes: number } | null;
}

/**
 * Free-text queries, beside the name and date set: words a list cannot answer, so Pagefind
 * answers them from the year shards that hold their words (issue 30's targets).
 */
export interface FreeTextReport {
  queries: SearchTiming[];
  coldMedianMs: number;
  coldP95Ms: number;
  warmMedianMs: number;
  warmP95Ms: number;
  firstSearchBytesMax: number;
}

export interface SearchReport {
  driver: 'search page' | 'pagefind api';
  /** The issue's fixed set of name and date queries; the targets are judged on these. */
  queries: SearchTiming[];
  coldMedianMs: number;
  coldP95Ms: number;
  warmMedianMs: number;
  warmP95Ms: number;
  firstSearchBytesMax: number;
  largestFirstSearchFile: { url: string; bytes: number } | null;
  text: FreeTextReport;
}

const SEARCH_INPUT = 'input[type="search"]';
/** A result link: our search page (article list, entity cards), Pagefind's Component UI or Default UI. */
const RESULT_LINK =
  '[data-search-list] a[href], [data-search-cards] a[href], [data-search-results] a[href], pagefind-results a[href], .pagefind-ui__result-link';

/** The value at quantile `q` (0..1) of a list, nearest-rank. */
export function quantile(values: number[], q: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] as number;
}

export async function measureSearch(
  server: RunningServer,
  queries: string[],
  textQueries: string[],
): Promise<SearchReport> {
  const browser = await chromium.launch({
    executablePath: findChromium('measurements'),
    args: CHROMIUM_ARGS,
  });
  try {
    const hasSearchPage = await probeSearchPage(browser, server.url);
    const timings = await timeQueries(browser, server, hasSearchPage, queries);
    const textTimings = await timeQueries(browser, server, hasSearchPage, textQueries);
    const cold = timings.map((t) => t.coldMs);
    const warm = timings.map((t) => t.warmMs);
    const textCold = textTimings.map((t) => t.coldMs);
    const textWarm = textTimings.map((t) => t.warmMs);
    const largest = timings
      .map((t) => t.largestResponse)
      .reduce((a, b) => (b && (!a || b.bytes > a.bytes) ? b : a), null);
    return {
      driver: hasSearchPage ? 'search page' : 'pagefind api',
      queries: timings,
      coldMedianMs: quantile(cold, 0.5),
      coldP95Ms: quantile(cold, 0.95),
      warmMedianMs: quantile(warm, 0.5),
      warmP95Ms: quantile(warm, 0.95),
      firstSearchBytesMax: mostBytes(timings),
      largestFirstSearchFile: largest,
      text: {
        queries: textTimings,
        coldMedianMs: quantile(textCold, 0.5),
        coldP95Ms: quantile(textCold, 0.95),
        warmMedianMs: quantile(textWarm, 0.5),
        warmP95Ms: quantile(textWarm, 0.95),
        firstSearchBytesMax: mostBytes(textTimings),
      },
    };
  } finally {
    await browser.close();
  }
}

const mostBytes = (timings: SearchTiming[]) => Math.max(0, ...timings.map((t) => t.firstSearchBytes));

/** Each query cold, in a fresh browser context, then warm on the same page. */
async function timeQueries(
  browser: Browser,
  server: RunningServer,
  hasSearchPage: boolean,
  queries: string[],
): Promise<SearchTiming[]> {
  const timings: SearchTiming[] = [];
  for (const query of queries) {
    // Cold: a fresh context has an empty cache, so the index is fetched as on a first visit.
    const context = await browser.newContext({ locale: 'ru-RU' });
    const page = await context.newPage();
    // Counted from the navigation: the search page starts loading what it searches with.
    const before = server.sent.length;
    await page.goto(hasSearchPage ? `${server.url}/search/` : `${server.url}/`);
    const cold = await runQuery(page, hasSearchPage, query);
    const transferred = firstSearchTraffic(server.sent.slice(before).filter(isSearchFile));
    // Warm: the same page again, index files already loaded (another query first, so no result
    // reuse: its first word the search page searches while typing, not a one-letter word or a
    // short number, which wait for more typing).
    await runQuery(page, hasSearchPage, query.split(' ').find(worthSearchingWhileTyping) ?? query);
    const warm = await runQuery(page, hasSearchPage, query);
    timings.push({
      query,
      coldMs: cold.ms,
      warmMs: warm.ms,
      results: cold.results,
      firstSearchBytes: transferred.bytes,
      largestResponse: transferred.largest,
    });
    await context.close();
  }
  return timings;
}

async function probeSearchPage(browser: Browser, siteUrl: string): Promise<boolean> {
  const page = await browser.newPage();
  try {
    const response = await page.goto(`${siteUrl}/search/`);
    return response?.ok() === true && (await page.locator(SEARCH_INPUT).count()) > 0;
  } finally {
    await page.close();
  }
}

/**
 * What the search page fetches only to search: Pagefind's files and the search page's JSON
 * (the name table buckets it reads queries with, `/search/names/*.json`, the name and date
 * lists it answers names and dates from, `/search/lists/**.json`, and the filter labels,
 * `/search/facets.json`). The page's own HTML, CSS, fonts and scripts are not counted.
 */
function isSearchFile(response: { path: string }): boolean {
  return (
    response.path.startsWith('/pagefind/') ||
    (response.path.startsWith('/search/') && response.path.endsWith('.json'))
  );
}

/** Total bytes and the largest response of a first search. */
function firstSearchTraffic(responses: { path: string; bytes: number }[]): {
  bytes: number;
  largest: { url: string; bytes: number } | null;
} {
  let largest: { url: string; bytes: number } | null = null;
  for (const response of responses)
    if (!largest || response.bytes > largest.bytes) largest = { url: response.path, bytes: response.bytes };
  return { bytes: responses.reduce((sum, response) => sum + response.bytes, 0), largest };
}

/** One query, timed; a query that shows no result in time fails naming itself and the page. */
async function runQuery(
  page: Page,
  hasSearchPage: boolean,
  query: string,
): Promise<{ ms: number; results: number }> {
  try {
    return await (hasSearchPage ? typeQuery(page, query) : callPagefind(page, query));
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new Error(`search «${query}» on ${page.url()}: ${reason}`, { cause: error });
  }
}

/** Types into the search page and times last keydown → first result link in the DOM. */
async function typeQuery(page: Page, query: string): Promise<{ ms: number; results: number }> {
  const input = page.locator(SEARCH_INPUT).first();
  await input.fill('');
  // The previous query's results must be gone, or they would count as this one's.
  await page.waitForFunction((selector) => !document.querySelector(selector), RESULT_LINK, {
    timeout: 30_000,
  });
  await page.evaluate(
    ({ selector, inputSelector, query }) => {
      const state = window as unknown as {
        lastKey: number;
        resultsAt: number;
        query: string;
        clockInstalled?: boolean;
      };
      state.lastKey = 0;
      state.resultsAt = 0;
      state.query = query;
      // Installed once per page: a second set would still watch for an earlier query.
      if (state.clockInstalled) return;
      state.clockInstalled = true;
      // On window, capturing: the page's own handlers cannot hide the keystroke from the clock.
      for (const type of ['keydown', 'input'])
        window.addEventListener(type, () => (state.lastKey = performance.now()), { capture: true });
      const input = document.querySelector<HTMLInputElement>(inputSelector);
      new MutationObserver(() => {
        if (
          state.lastKey &&
          !state.resultsAt &&
          input?.value.trim() === state.query &&
          !document.querySelector('[aria-busy="true"]') &&
          document.querySelector(selector)
        )
          state.resultsAt = performance.now();
      }).observe(document.body, {
        childList: true,
        subtree: true,
        attributes: true,
        attributeFilter: ['aria-busy'],
      });
    },
    { selector: RESULT_LINK, inputSelector: SEARCH_INPUT, query: query.trim() },
  );
  await input.pressSequentially(query, { delay: 20 });
  await page.waitForFunction(() => (window as unknown as { resultsAt: number }).resultsAt > 0, undefined, {
    timeout: 30_000,
  });
  return page.evaluate((selector) => {
    const state = window as unknown as { lastKey: number; resultsAt: number };
    return {
      ms: Math.max(0, state.resultsAt - state.lastKey),
      results: document.querySelectorAll(selector).length,
    };
  }, RESULT_LINK);
}

/** Searches through Pagefind's JS API and renders ten results, as a search UI would. */
async function callPagefind(page: Page, query: string): Promise<{ ms: number; results: number }> {
  return page.evaluate(async (term) => {
    const started = performance.now();
    const state = window as unknown as { pagefind?: Promise<Pagefind> };
    // The root bundle (the entity pages), then every shard listed in shards.json (src/search/build/install-bundles.ts).
    state.pagefind ??= (async () => {
      const bundle = '/pagefind/pagefind.js';
      const loaded = (await import(bundle)) as Pagefind;
      const response = await fetch('/pagefind/shards.json');
      const manifest = response.ok ? ((await response.json()) as ShardManifest) : { shards: [] };
      for (const shard of manifest.shards) await loaded.mergeIndex(`/pagefind/${shard.path}`);
      return loaded;
    })();
    const pagefind = await state.pagefind;
    const search = await pagefind.search(term);
    const data = await Promise.all(search.results.slice(0, 10).map((result) => result.data()));
    let list = document.getElementById('bench-results');
    if (!list) {
      list = document.createElement('ol');
      list.id = 'bench-results';
      document.body.prepend(list);
    }
    list.innerHTML = data
      .map((d) => `<li><a href="${d.url}">${d.meta.title ?? d.url}</a><p>${d.excerpt}</p></li>`)
      .join('');
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    return { ms: performance.now() - started, results: search.results.length };
  }, query);
}
