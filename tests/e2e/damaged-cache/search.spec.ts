/**
 * The site built again on a damaged cache (tests/e2e/support/damaged-cache-site.ts) works as a
 * clean build does: the reused page that was cut short in the cache is whole, and search finds
 * names from their lists and free text through Pagefind, whose damaged files were indexed again
 * (before, the cut files were published and the search page said «Поиск не загрузился»).
 */
import { test, expect } from '../support/test.ts';
import { allResultPaths, settled } from '../support/search-page.ts';
import { readArchive } from '../support/search.ts';
import { ui } from '../../../src/i18n/ru.ts';
import { DAMAGED_PAGE } from '../support/damaged-cache-site.ts';

test('the page cut short in the cache is served whole', async ({ page, request }) => {
  const html = await (await request.get(DAMAGED_PAGE.replace(/index\.html$/, ''))).text();
  expect(html.trimEnd()).toMatch(/<\/html>$/);
  await page.goto(DAMAGED_PAGE.replace(/index\.html$/, ''));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Сергей Лавров');
  await expect(page.getByRole('contentinfo')).toBeVisible();
});

test('a name is found from its list, emptied in the cache and built again', async ({ page }) => {
  const expected = readArchive()
    .articles.filter((article) => article.people.includes('sergey-lavrov'))
    .map((article) => article.path);
  await page.goto(`search/?q=${encodeURIComponent('Сергей Лавров')}`);
  await settled(page);
  await expect(page.getByRole('status')).not.toHaveText(ui.search.failed);
  // Every article tagged with him (and those that name him untagged).
  expect(expected.length).toBeGreaterThan(2);
  expect(await allResultPaths(page)).toEqual(expect.arrayContaining(expected));
});

test('free text is found through Pagefind, whose cut and garbled files were indexed again', async ({
  page,
}) => {
  const failed: string[] = [];
  page.on('response', (response) => {
    if (!response.ok()) failed.push(`${response.status()} ${response.url()}`);
  });
  page.on('pageerror', (error) => failed.push(error.message));
  await page.goto(`search/?q=${encodeURIComponent('декларация')}`);
  await settled(page);
  await expect(page.getByRole('status')).not.toHaveText(ui.search.failed);
  const paths = await allResultPaths(page);
  expect(paths.some((path) => path.startsWith('/2022/02/22/'))).toBe(true);
  expect(failed).toEqual([]);
});
