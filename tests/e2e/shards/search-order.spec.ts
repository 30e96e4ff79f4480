/**
 * Date order across search shards, on the fixture archive indexed in four bundles (see
 * FIXTURE_SHARD_PAGES): Pagefind's merged search orders results by score, and with a sort a
 * score is a page's position within its own bundle, so the page searches shard by shard.
 * «Сначала новые» and «сначала старые» must list every article in publication order, with
 * and without a query, the root bundle's newest year included.
 */
import { test, expect } from '../support/test.ts';
import { readArchive } from '../support/search.ts';
import { allResultPaths, settled } from '../support/search-page.ts';

const archive = readArchive();
const dayOf = (path: string) => archive.articles.find((article) => article.path === path)?.day ?? path;
const years = [...new Set(archive.articles.map((article) => article.day.slice(0, 4)))].sort();
const lavrov = archive.articles.filter((article) => article.people.includes('sergey-lavrov'));

/** The listed dates, each article's publication day, in list order. */
async function listedDays(page: Parameters<typeof allResultPaths>[0], search: string): Promise<string[]> {
  await page.goto(`search/${search}`);
  await settled(page);
  return (await allResultPaths(page)).map(dayOf);
}

const newestFirst = (days: string[]) => [...days].sort().reverse();

test('the build merges several shards, each spanning different years', async ({ page }) => {
  const response = await page.request.get('pagefind/shards.json');
  const { shards } = (await response.json()) as { shards: { name: string }[] };
  expect(shards.length).toBeGreaterThanOrEqual(3);
  // Lavrov's articles lie in the root bundle and in older shards: the query below crosses them.
  const lavrovYears = new Set(lavrov.map((article) => article.day.slice(0, 4)));
  expect(lavrovYears.size).toBeGreaterThanOrEqual(4);
});

for (const [label, search, expected] of [
  ['without a query', `?${years.map((year) => `year=${year}`).join('&')}`, archive.articles],
  ['with a query', `?q=${encodeURIComponent('Лавров')}`, lavrov],
] as const) {
  test(`newest and oldest first list every article in date order, ${label}`, async ({ page }) => {
    const days = expected.map((article) => article.day);
    const newest = await listedDays(page, `${search}&sort=newest`);
    expect(newest).toEqual(newestFirst(days));
    const oldest = await listedDays(page, `${search}&sort=oldest`);
    expect(oldest).toEqual(newestFirst(days).reverse());
  });
}
