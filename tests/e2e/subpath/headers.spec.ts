import { test, expect } from '../support/test.ts';
import { CACHE, securityHeaders } from '../../../src/lib/deploy/headers.ts';

test('pages come with the shipped security headers and are revalidated', async ({ request }) => {
  const response = await request.get('');
  expect(response.status()).toBe(200);
  const headers = response.headers();
  for (const [name, value] of Object.entries(securityHeaders({ https: false }))) {
    expect(headers[name.toLowerCase()], name).toBe(value);
  }
  // Served over plain http: Strict-Transport-Security means nothing there and is left out.
  expect(headers['strict-transport-security']).toBeUndefined();
  expect(headers['cache-control']).toBe(CACHE.revalidate);
});

test('hashed assets are cached for a year, immutable', async ({ page, request }) => {
  await page.goto('');
  const stylesheet = await page.locator('link[rel="stylesheet"]').first().getAttribute('href');
  expect(stylesheet).toMatch(/^\/letopis\/_astro\/.+\.css$/);
  const response = await request.get(stylesheet!);
  expect(response.status()).toBe(200);
  expect(response.headers()['cache-control']).toBe(CACHE.immutable);
  expect(response.headers()['content-security-policy']).toBe(
    securityHeaders({ https: false })['Content-Security-Policy'],
  );
});

test('the host configuration file is not served', async ({ request }) => {
  expect((await request.get('_headers')).status()).toBe(404);
});

test('a directory URL without its trailing slash redirects to it, keeping the sub-path', async ({
  request,
}) => {
  const response = await request.get('people/sergey-lavrov', { maxRedirects: 0 });
  expect(response.status()).toBe(301);
  expect(response.headers()['location']).toBe('/letopis/people/sergey-lavrov/');
});
