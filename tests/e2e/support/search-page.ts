/** Waiting for the search page to settle, and reading what it shows. */
import { expect, type Page } from '@playwright/test';

/** Waits until the search page has finished its current search. */
export async function settled(page: Page): Promise<void> {
  await expect(page.locator('site-search')).not.toHaveAttribute('aria-busy', 'true');
  await expect(page.getByRole('status')).not.toHaveText(/Ищем/);
  await expect(page.getByRole('status')).not.toHaveText('');
}

/** The site paths of the article results, in order (text fragments dropped). */
export async function resultPaths(page: Page): Promise<string[]> {
  // Site paths without the deploy base, so the same expectations hold under /letopis/.
  const base = (await page.locator('site-search').getAttribute('data-base')) ?? '/';
  const paths = await page
    .locator('[data-search-list] h3 a')
    .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
  return paths.map((path) => (path.startsWith(base) ? `/${path.slice(base.length)}` : path));
}

/** The site paths of all article results: «Показать ещё» is pressed until the list is whole. */
export async function allResultPaths(page: Page): Promise<string[]> {
  const items = page.locator('[data-search-list] > li');
  const more = page.locator('[data-search-more]');
  while (await more.isVisible()) {
    const shown = await items.count();
    await more.click();
    await expect(items).not.toHaveCount(shown);
  }
  return resultPaths(page);
}
