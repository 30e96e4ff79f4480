import { test, expect } from '../support/test.ts';
import { CACHE, securityHeaders } from '../../../src/lib/deploy/headers.ts';

const NOT_FOUND_TITLE = 'Страница не найдена';

test('a missing address answers 404 with the Russian page and the shipped headers', async ({ request }) => {
  const response = await request.get('2022/05/12/no-such-article/');
  expect(response.status()).toBe(404);
  expect(response.headers()['content-type']).toBe('text/html; charset=utf-8');
  expect(response.headers()['content-security-policy']).toBe(
    securityHeaders({ https: false })['Content-Security-Policy'],
  );
  expect(response.headers()['cache-control']).toBe(CACHE.revalidate);
  const html = await response.text();
  expect(html).toContain('<html lang="ru"');
  expect(html).toMatch(new RegExp(`<h1[^>]*>${NOT_FOUND_TITLE}</h1>`));
  // Served at any depth, the page must still point into the sub-path.
  expect(html).toContain('href="/letopis/"');
  expect(html).toMatch(/<link rel="stylesheet" href="\/letopis\/_astro\/[^"]+\.css">/);
});

test("an address outside the sub-path is not the archive: 404 with the archive's page", async ({
  request,
  baseURL,
}) => {
  const response = await request.get(new URL('/other/', baseURL).href);
  expect(response.status()).toBe(404);
  expect(await response.text()).toMatch(new RegExp(`<h1[^>]*>${NOT_FOUND_TITLE}</h1>`));
});

test('the 404 page renders styled and leads back home under the sub-path', async ({ page }) => {
  await page.goto('404.html');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(NOT_FOUND_TITLE);
  await page.getByRole('link', { name: 'главную страницу с новыми материалами' }).click();
  await expect(page).toHaveURL(/\/letopis\/$/);
});
