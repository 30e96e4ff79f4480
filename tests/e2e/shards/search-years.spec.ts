/**
 * A first free-text search reads the newest year shards only, up to the articles the build's
 * `LETOPIS_SEARCH_FIRST_PAGES` allows (one shard more when those found nothing), and
 * says which years it covered; a button searches the rest, shard after shard. The fixture's
 * shards hold 12 articles each (FIXTURE_SHARD_PAGES): the manifest's budget is lowered to one
 * shard, as a 100,000-article archive's is to one or two years.
 */
import { test, expect } from '../support/test.ts';
import { readArchive } from '../support/search.ts';
import { allResultPaths, resultPaths, settled } from '../support/search-page.ts';
import { FIXTURE_SHARD_PAGES } from '../support/servers.ts';
import { pluralize, pluralForm } from '../../../src/lib/plural.ts';
import { nouns } from '../../../src/i18n/ru.ts';

const archive = readArchive();
const dayOf = (path: string) => archive.articles.find((article) => article.path === path)?.day ?? path;
const found = (count: number) => `${pluralForm(count, nouns.found)} ${pluralize(count, nouns.article)}`;
const QUERY = 'министров';
/** The archive's first year: the button names the years from it to the last one left. */
const FIRST_YEAR = archive.articles
  .map((article) => article.day)
  .sort()[0]!
  .slice(0, 4);

test('the first search covers the newest years; the button searches the rest and the count grows', async ({
  page,
}) => {
  // The whole archive first, with the build's own budget (every shard of this small archive).
  await page.goto(`search/?q=${encodeURIComponent(QUERY)}`);
  await settled(page);
  const whole = await allResultPaths(page);
  expect(whole.length).toBeGreaterThan(10);
  await expect(page.getByRole('status')).toHaveText(found(whole.length));
  await expect(page.locator('[data-search-older]')).toBeHidden();

  await page.route('**/pagefind/shards.json', async (route) => {
    const manifest = (await (await route.fetch()).json()) as Record<string, unknown>;
    await route.fulfill({ json: { ...manifest, firstPages: FIXTURE_SHARD_PAGES } });
  });
  // The whole-archive search above may still be fetching (its filter counts come after its
  // results): leave its page first, so that only the second search's requests are counted.
  await page.goto('about:blank');
  const shardsFetched = new Set<string>();
  page.on('request', (request) => {
    const shard = /\/pagefind\/shards\/([^/]+)\//u.exec(new URL(request.url()).pathname)?.[1];
    if (shard) shardsFetched.add(shard);
  });
  await page.goto(`search/?q=${encodeURIComponent(QUERY)}`);
  await settled(page);
  const first = await resultPaths(page);
  const older = page.getByRole('button', {
    name: new RegExp(`^Искать ещё в ${FIRST_YEAR}–20\\d\\d годах$`, 'u'),
  });
  await expect(older).toBeVisible();
  // Newest years only, newest shard first: none of the years the button names was fetched.
  const [, lastLeft] = new RegExp(`${FIRST_YEAR}–(20\\d\\d)`, 'u').exec((await older.textContent()) ?? '')!;
  expect(first.every((path) => dayOf(path) > `${lastLeft}-12-31`)).toBe(true);
  expect([...shardsFetched].every((shard) => shard > lastLeft!)).toBe(true);
  await expect(page.getByRole('status')).toHaveText(/^Найден[о]? \d+\sматериал[а-я]* за 20\d\d–2024 годы$/u);

  await older.click();
  await settled(page);
  await expect(page.getByRole('status')).toHaveText(found(whole.length));
  await expect(older).toBeHidden();
  // The older years' articles follow the first ones.
  const all = await allResultPaths(page);
  expect(new Set(all)).toEqual(new Set(whole));
  expect(all.slice(0, first.length)).toEqual(first);
  expect([...shardsFetched].some((shard) => shard <= lastLeft!)).toBe(true);
});
