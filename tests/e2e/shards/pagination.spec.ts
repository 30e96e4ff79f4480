/**
 * Pagination as a reader without JavaScript sees it, on the fixture archive built with small
 * pages (FIXTURE_HOME_PAGE_SIZE, FIXTURE_ENTITY_PAGE_SIZE) so that its lists run to several
 * pages, as a large archive's do. Numbered pages are fixed blocks counted from the oldest
 * article (src/lib/browse/pagination.ts); the list's own page shows the newest. Walking «Следующая
 * страница» from it must show every article once, newest first, and «Предыдущая страница» must
 * walk back to it.
 */
import type { Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations } from '../support/test.ts';
import { readArchive } from '../support/search.ts';
import { FIXTURE_ENTITY_PAGE_SIZE, FIXTURE_HOME_PAGE_SIZE } from '../support/servers.ts';

const archive = readArchive();
const pager = (page: Page) => page.getByRole('navigation', { name: 'Страницы' });

/** The article paths a list page shows, in order. */
const shownPaths = (page: Page) =>
  page
    .locator('.article-list .title a')
    .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));

/** Walks a list from `start` by its «next» links; the pages' paths and the articles' paths. */
async function walk(page: Page, start: string) {
  await page.goto(start);
  const pages = [new URL(page.url()).pathname];
  const articles = await shownPaths(page);
  for (let next = pager(page).getByRole('link', { name: 'Следующая страница' }); await next.count();) {
    // The next page loaded before it is read: a click alone does not wait for it on a busy machine.
    const target = new URL((await next.getAttribute('href'))!, page.url()).href;
    await next.click();
    await page.waitForURL(target);
    pages.push(new URL(page.url()).pathname);
    articles.push(...(await shownPaths(page)));
  }
  return { pages, articles };
}

/** The articles of a list, newest first, as the fixture's files date them (same-day order aside). */
function newestFirstDays(paths: string[]): string[] {
  const dayOf = (path: string) => archive.articles.find((article) => article.path === path)?.day ?? '?';
  return paths.map(dayOf);
}

// Readers without JavaScript walk the pages; the accessibility check at the end runs axe, which needs it.
test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the home list: the newest first, then numbered pages counted from the oldest, every article once', async ({
    page,
  }) => {
    const { pages, articles } = await walk(page, '');
    const published = archive.articles.length;
    const numbered = pages.length - 1;
    // Fixed blocks from the oldest: page/1/ … page/N/; the home page shows what is newer.
    expect(pages.slice(1)).toEqual(Array.from({ length: numbered }, (_, i) => `/page/${numbered - i}/`));
    expect(numbered).toBe(Math.max(0, Math.floor(published / FIXTURE_HOME_PAGE_SIZE) - 1));
    expect(articles).toHaveLength(published);
    expect(new Set(articles).size).toBe(published);
    const days = newestFirstDays(articles);
    expect(days).toEqual([...days].sort().reverse());

    // page/1/ holds the oldest block, and the reader can walk back to the home page.
    await expect(pager(page)).toContainText('Страница 1');
    await expect(page).toHaveTitle(/^Все материалы, страница 1 — Летопись$/);
    await expect(page.locator('.article-list .title')).toHaveCount(FIXTURE_HOME_PAGE_SIZE);
    for (const path of pages.toReversed().slice(1)) {
      await pager(page).getByRole('link', { name: 'Предыдущая страница' }).click();
      expect(new URL(page.url()).pathname).toBe(path);
    }
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Новые материалы');
    await expect(pager(page).getByRole('link', { name: 'Предыдущая страница' })).toHaveCount(0);
  });

  test('the home page shows at least a page of the newest articles, never a page number', async ({
    page,
  }) => {
    await page.goto('');
    const shown = await shownPaths(page);
    expect(shown.length).toBeGreaterThanOrEqual(FIXTURE_HOME_PAGE_SIZE);
    expect(shown.length).toBeLessThan(2 * FIXTURE_HOME_PAGE_SIZE);
    const newest = newestFirstDays(archive.articles.map((article) => article.path))
      .sort()
      .reverse();
    expect(newestFirstDays(shown)).toEqual(newest.slice(0, shown.length));
    await expect(pager(page)).not.toContainText('Страница');
  });

  test('a person’s pages: the totals on the first, every article once, newest first', async ({ page }) => {
    const lavrov = archive.articles.filter((article) => article.people.includes('sergey-lavrov'));
    const { pages, articles } = await walk(page, 'people/sergey-lavrov/');
    expect(pages.length).toBeGreaterThan(1);
    expect(pages[1]).toMatch(/^\/people\/sergey-lavrov\/page\/\d+\/$/);
    expect(articles.sort()).toEqual(lavrov.map((article) => article.path).sort());
    // The last page is page/1/: the oldest block, a full page, with the name and no totals.
    expect(pages.at(-1)).toBe('/people/sergey-lavrov/page/1/');
    await expect(page.locator('.article-list .title')).toHaveCount(FIXTURE_ENTITY_PAGE_SIZE);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Сергей Лавров');
    await expect(page).toHaveTitle(/^Сергей Лавров, страница 1 — Летопись$/);
    await expect(page.locator('.count, dl.mentions')).toHaveCount(0);
    await page.goto('people/sergey-lavrov/');
    await expect(page.getByText(`${lavrov.length} материалов`, { exact: true })).toBeVisible();
    await expect(page.locator('dl.mentions')).toBeVisible();
  });
});

test('a numbered page of a person has no WCAG 2.2 AA violations', async ({ page }) => {
  await page.goto('people/sergey-lavrov/page/1/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Сергей Лавров');
  await expectNoAxeViolations(page);
});
