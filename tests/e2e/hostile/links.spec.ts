/**
 * An article whose links try every way to run a script — `javascript:` in mixed case, behind
 * an entity, a tab or leading spaces, as an autolink and a reference link, `data:` and
 * `vbscript:` — served by a plain file server that sends no header at all. Chromium clicks
 * every link in the article: no dialog opens, no script changes the page, nothing navigates
 * anywhere but an http(s) page of the site or outside it.
 */
import { test, expect } from '../support/test.ts';
import { metaContentSecurityPolicy } from '../../../src/lib/deploy/csp.ts';
import { INLINE_SCRIPTS } from '../../../src/lib/deploy/inline-scripts.ts';

const ARTICLE = '2024/05/10/lavrov-i-mirzoyan-obsudili-podgotovku-mirnogo-dogovora/';
const TITLE = 'Лавров и Мирзоян обсудили в Москве подготовку мирного договора — Летопись';

test.beforeEach(async ({ page }) => {
  // The web is out of reach here: links to other sites get an empty page instead.
  await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) =>
    route.fulfill({
      status: 200,
      contentType: 'text/html',
      body: '<!doctype html><title>внешний сайт</title>',
    }),
  );
});

test('the server sends no security header: only the page itself protects the reader', async ({ page }) => {
  const response = await page.goto(ARTICLE);
  expect(response?.status()).toBe(200);
  expect(response?.headers()['content-security-policy']).toBeUndefined();
  // What the page carries instead: the policy as a meta tag.
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute(
    'content',
    metaContentSecurityPolicy(INLINE_SCRIPTS),
  );
});

test('every link and image in the article has an http(s), mailto, relative or fragment address', async ({
  page,
}) => {
  await page.goto(ARTICLE);
  const addresses = await page
    .locator('.prose a, .prose img')
    .evaluateAll((nodes) =>
      nodes.map((node) => (node as HTMLAnchorElement).href || (node as HTMLImageElement).src),
    );
  expect(addresses.length).toBeGreaterThanOrEqual(6);
  for (const address of addresses) expect(new URL(address).protocol, address).toMatch(/^(https?|mailto):$/);
  // The refused links are still there to read, as text.
  const prose = page.locator('.prose');
  await expect(prose).toContainText('опубликован на сайте МИД и в телеграм-канале');
  await expect(prose).toContainText(
    'Копия документа: PDF, архив, резервная копия, старый сайт, вкладка, Ссылка.',
  );
  await expect(prose).toContainText('Фото с переговоров');
});

test('clicking every link in the article runs no script', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const consoleMessages: string[] = [];
  page.on('console', (message) => consoleMessages.push(message.text()));
  await page.goto(ARTICLE);
  const count = await page.locator('.prose a').count();
  expect(count).toBeGreaterThanOrEqual(6);
  for (let index = 0; index < count; index += 1) {
    await page.goto(ARTICLE);
    const link = page.locator('.prose a').nth(index);
    const href = (await link.getAttribute('href')) ?? '';
    await link.click();
    await page.waitForLoadState('load');
    expect(new URL(page.url()).protocol, `after clicking ${href}`).toMatch(/^https?:$/);
    if (new URL(page.url()).pathname.endsWith(`/${ARTICLE}`))
      await expect(page, `after clicking ${href}`).toHaveTitle(TITLE);
  }
  // The text links, which the page shows as text, cannot be clicked into a script either.
  await page.goto(ARTICLE);
  await page.getByText('на сайте МИД').click();
  await page.getByText('Копия документа').click();
  await expect(page).toHaveTitle(TITLE);
  expect(dialogs).toEqual([]);
  expect(consoleMessages.filter((text) => /взлом|javascript|Content Security Policy/i.test(text))).toEqual(
    [],
  );
});
