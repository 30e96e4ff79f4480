/** The Russian 404 page. */
import { test, expect, expectNoAxeViolations } from '../support/test.ts';

test.describe('the 404 page', () => {
  test('is what the server answers, with status 404, for an address the archive lacks', async ({
    request,
  }) => {
    const response = await request.get('no-such-page/');
    expect(response.status()).toBe(404);
    expect(await response.text()).toContain('Страница не найдена');
  });

  test('says so in Russian and points to the archive, the home page and search', async ({
    page,
    baseURL,
  }) => {
    await page.goto('404.html');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Страница не найдена');
    const base = new URL(baseURL!).pathname;
    const main = page.getByRole('main');
    await expect(main.getByRole('link', { name: 'архив по датам' })).toHaveAttribute(
      'href',
      `${base}archive/`,
    );
    await expect(main.getByRole('link', { name: 'главную страницу с новыми материалами' })).toHaveAttribute(
      'href',
      base,
    );
    await expect(main.getByRole('link', { name: 'поиск по архиву' })).toHaveAttribute(
      'href',
      `${base}search/`,
    );
    // The search page arrives with the search work; the archive and home pages exist now.
    for (const name of ['архив по датам', 'главную страницу с новыми материалами']) {
      const target = await main.getByRole('link', { name }).getAttribute('href');
      expect((await page.request.get(target!)).status(), target!).toBe(200);
    }
    await main.getByRole('link', { name: 'главную страницу с новыми материалами' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Новые материалы');
  });

  test('is kept out of search engines', async ({ page }) => {
    await page.goto('404.html');
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
    await expect(page.locator('link[rel="canonical"]')).toHaveCount(0);
    // A shared link to a missing address still has a preview, but no address of its own.
    await expect(page.locator('meta[property="og:image"]')).toHaveCount(1);
    await expect(page.locator('meta[property="og:url"]')).toHaveCount(0);
  });

  test('has no WCAG 2.2 AA violations, in light and dark', async ({ page }) => {
    await page.goto('404.html');
    await expectNoAxeViolations(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectNoAxeViolations(page);
  });
});
