/**
 * Helpers for the search specs: the fixture archive as the tests know it (read from disk, not
 * from the site), and a runner that sends the search page's own Pagefind searches in a batch.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { expect, type Page } from '@playwright/test';
import { ui } from '../../../src/i18n/ru.ts';
import type { Pagefind, PagefindInstance } from '../../../src/search/client/pagefind-api.ts';
import { articlePath } from '../../../src/lib/article-path.ts';
import { parseArticleDate } from '../../../src/lib/dates.ts';
import { NameIndex } from '../../../src/lib/names/name-index.ts';
import type { Person } from '../../../src/schemas/person.ts';
import type { Place } from '../../../src/schemas/place.ts';
import { articleSearch, type ArticleSearch } from '../../../src/search/client/pagefind-request.ts';
import { ENTITY_BUNDLE } from '../../../src/search/shared/shards.ts';
import { understandQuery } from '../../../src/search/client/query.ts';
import { emptyState } from '../../../src/search/client/url-state.ts';
import type { Sort } from '../../../src/search/shared/sorts.ts';
import { FIXTURE_ARCHIVE } from './servers.ts';

export interface KnownArticle {
  path: string;
  /** Publication day in Moscow, `YYYY-MM-DD`. */
  day: string;
  source: string;
  people: string[];
  places: string[];
}

/** The people, places and published articles of a content root. */
export function readArchive(root = FIXTURE_ARCHIVE) {
  const people = parse(readFileSync(join(root, 'people.yaml'), 'utf8')) as (Person & { id: string })[];
  const places = parse(readFileSync(join(root, 'places.yaml'), 'utf8')) as (Place & { id: string })[];
  const articlesRoot = join(root, 'articles');
  const articles: KnownArticle[] = readdirSync(articlesRoot, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.md') && !file.split('/').pop()!.startsWith('_'))
    .flatMap((file) => {
      const source = readFileSync(join(articlesRoot, file), 'utf8');
      const data = parse(source.split(/^---$/mu)[1] ?? '') as {
        date: unknown;
        source: string;
        people?: string[];
        places?: string[];
        draft?: boolean;
      };
      if (data.draft) return [];
      const id = relative(articlesRoot, join(articlesRoot, file)).replace(/\.md$/u, '');
      const day = parseArticleDate(data.date)?.day ?? '';
      return [
        {
          path: articlePath(id),
          day,
          source: data.source,
          people: data.people ?? [],
          places: data.places ?? [],
        },
      ];
    });
  const names = new NameIndex(
    people.map((person) => [person.id, person] as const),
    places.map((place) => [place.id, place] as const),
  );
  return { people, places, articles, names };
}

/** The shard names of the site's bundles, newest first, as the search page orders them. */
export async function siteShards(page: Page): Promise<string[]> {
  const response = await page.request.get('pagefind/shards.json');
  const names = response.ok()
    ? ((await response.json()) as { shards: { name: string }[] }).shards.map((shard) => shard.name)
    : [];
  return [ENTITY_BUNDLE, ...names.sort((a, b) => (a < b ? 1 : -1))];
}

/**
 * The article search by a query's exact keys alone (its names, days, months, years): what the
 * name and date lists stand in for, and what the page asks the index for after a long list's
 * first page.
 */
export function keySearchFor(
  query: string,
  names: NameIndex,
  shards: string[],
  sort: Sort = 'relevance',
): ArticleSearch {
  const understood = understandQuery(query, names);
  return articleSearch(
    { ...emptyState(), q: query, sort },
    { ...understood, terms: understood.keys.join(' ') },
    shards,
  );
}

/** The article search the search page makes for a query, in an order. */
export function searchFor(
  query: string,
  names: NameIndex,
  shards: string[],
  sort: Sort = 'relevance',
): ArticleSearch {
  return articleSearch({ ...emptyState(), q: query, sort }, understandQuery(query, names), shards);
}

/**
 * Runs article searches with the site's Pagefind bundle in the page (on /search/), as the
 * search page does (`searchArticles` in pagefind-api.ts): results in list order as site paths
 * (without the deploy base), only those that hold every exact key. Uses an instance of its
 * own with every year shard merged (the page loads Pagefind only for queries its name and
 * date lists cannot answer), kept on the page for the next batch.
 */
export async function runSearches(page: Page, searches: ArticleSearch[]): Promise<string[][]> {
  await expect(page.locator('[data-search-status]')).toHaveText(ui.search.prompt, { timeout: 30_000 });
  return page.evaluate(async (batch) => {
    const base = document.querySelector<HTMLElement>('site-search')?.dataset['base'] ?? '/';
    const state = window as unknown as { mirror?: Promise<PagefindInstance> };
    state.mirror ??= (async () => {
      const bundle = `${base}pagefind/`;
      const module = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
      const instance = module.createInstance({ basePath: bundle, baseUrl: base });
      const response = await fetch(`${bundle}shards.json`);
      const manifest = (response.ok ? await response.json() : { shards: [] }) as {
        shards: { path: string }[];
      };
      await Promise.all(
        manifest.shards.map((shard) => instance.mergeIndex(`${bundle}${shard.path}`, { baseUrl: base })),
      );
      return instance;
    })();
    const pagefind = await state.mirror;
    const sitePath = (url: string) => (url.startsWith(base) ? `/${url.slice(base.length)}` : url);
    const out: string[][] = [];
    for (const search of batch) {
      const hits = await Promise.all(search.keys.map((key) => pagefind.search(key)));
      const keyPages = hits.map((hit) => new Set(hit.results.map((result) => result.id)));
      const responses = await Promise.all(
        search.requests.map((request) => pagefind.search(request.term, request.options)),
      );
      const results = responses
        .flatMap((response) => response.results)
        .filter((result) => keyPages.every((pages) => pages.has(result.id)));
      out.push(await Promise.all(results.map(async (result) => sitePath((await result.data()).url))));
    }
    return out;
  }, searches);
}
