import { test, expect } from '../support/test.ts';
import { cspViolations, watchCspViolations } from '../support/page-audit.ts';

const SEED_PATH =
  /^\/letopis\/2022\/05\/12\/glavy-mid-azerbaydzhana-i-rf-obsudili-voprosy-normalizatsii-otnosheniy\//;

test('search works under the sub-path and the CSP: lists and Pagefind load from /letopis/ and results link there', async ({
  page,
  baseURL,
}) => {
  await watchCspViolations(page);
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  // A name: answered from its list, under the base.
  await page.goto('search/?q=Лавров');
  const result = page.locator('main article a').filter({ hasText: 'Главы МИД Азербайджана' });
  await expect(result).toHaveAttribute('href', SEED_PATH);
  expect(
    requested.some((url) => url === new URL('search/lists/people/sergey-lavrov.json', baseURL).href),
  ).toBe(true);
  // Free words: Pagefind's script, WebAssembly and index all come from the bundle under the base.
  await page.goto(`search/?q=${encodeURIComponent('заседание СМИД')}`);
  await expect(result).toHaveAttribute('href', SEED_PATH);
  const pagefindFiles = requested.filter((url) => url.includes('/pagefind/'));
  expect(pagefindFiles.some((url) => url.endsWith('/pagefind/pagefind.js'))).toBe(true);
  expect(pagefindFiles.some((url) => /\/pagefind\/wasm\.[a-z]+\.pagefind$/.test(url))).toBe(true);
  expect(pagefindFiles.filter((url) => !url.startsWith(new URL('pagefind/', baseURL).href))).toEqual([]);
  expect(await cspViolations(page)).toEqual([]);
  await result.click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Главы МИД Азербайджана');
  expect(new URL(page.url()).pathname).toMatch(/^\/letopis\/2022\/05\/12\//);
});
