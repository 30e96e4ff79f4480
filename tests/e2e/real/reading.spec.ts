/** Reading comfort: light/dark theme without a flash, fonts that move nothing, the print stylesheet. */
import { test, expect, expectNoAxeViolations } from '../support/test.ts';
import { THEME_STORAGE_KEY } from '../../../src/lib/theme/theme-script.ts';
import { layoutShifts } from '../support/layout-shift.ts';
import type { Page } from '@playwright/test';

const ARTICLE = '2022/05/12/glavy-mid-azerbaydzhana-i-rf-obsudili-voprosy-normalizatsii-otnosheniy/';
const LIGHT_BACKGROUND = 'rgb(253, 252, 249)';
const DARK_BACKGROUND = 'rgb(21, 22, 26)';

const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const storeTheme = (page: Page, theme: string) =>
  page.addInitScript(([key, value]) => localStorage.setItem(key!, value!), [THEME_STORAGE_KEY, theme]);

/**
 * Serves every page with a probe as the first thing in `<body>`: it records the theme and
 * background the moment the body starts, before anything of the page can be painted.
 */
async function probeFirstPaint(page: Page) {
  await page.route('**/*', async (route) => {
    if (route.request().resourceType() !== 'document') return route.continue();
    const response = await route.fetch();
    const probe =
      '<script>window.atBodyStart = { theme: document.documentElement.dataset.theme ?? null, background: getComputedStyle(document.body).backgroundColor };</script>';
    // The probe is the test's inline script, not the site's: under the shipped
    // Content-Security-Policy (the header on nginx, the meta tag on every page) it would
    // rightly be blocked, so both are taken off for it.
    const page = await response.text();
    const policy = /<meta http-equiv="Content-Security-Policy"[^>]*>/;
    expect(page).toMatch(policy);
    const html = page.replace(policy, '').replace('<body>', `<body>${probe}`);
    expect(html).toContain(probe);
    const { 'content-security-policy': _policy, ...headers } = response.headers();
    await route.fulfill({ response, body: html, headers });
  });
  return () =>
    page.evaluate(
      () => (window as unknown as { atBodyStart: { theme: string | null; background: string } }).atBodyStart,
    );
}

test.describe('theme', () => {
  test('follows the system when the reader chose nothing', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(ARTICLE);
    await expect(page.locator('html')).not.toHaveAttribute('data-theme');
    expect(await background(page)).toBe(DARK_BACKGROUND);
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await background(page)).toBe(LIGHT_BACKGROUND);
  });

  test('a stored choice is on <html> before the body is parsed: no flash of the other theme', async ({
    page,
  }) => {
    const atBodyStart = await probeFirstPaint(page);
    await page.emulateMedia({ colorScheme: 'light' });
    await storeTheme(page, 'dark');
    await page.goto(ARTICLE);
    expect(await atBodyStart()).toEqual({ theme: 'dark', background: DARK_BACKGROUND });
  });

  test('a stored light choice wins over a dark system before the body is parsed', async ({ page }) => {
    const atBodyStart = await probeFirstPaint(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    await storeTheme(page, 'light');
    await page.goto('./');
    expect(await atBodyStart()).toEqual({ theme: 'light', background: LIGHT_BACKGROUND });
  });

  test('the toggle switches, remembers across pages and goes back to the system', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('./');
    const group = page.getByRole('group', { name: 'Тема оформления' });
    await expect(group.getByRole('button', { name: 'Как в системе' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await group.getByRole('button', { name: 'Тёмная' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(group.getByRole('button', { name: 'Тёмная' })).toHaveAttribute('aria-pressed', 'true');
    expect(await background(page)).toBe(DARK_BACKGROUND);

    await page.goto(ARTICLE);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.getByRole('button', { name: 'Тёмная' })).toHaveAttribute('aria-pressed', 'true');

    await page.getByRole('button', { name: 'Как в системе' }).click();
    await expect(page.locator('html')).not.toHaveAttribute('data-theme');
    expect(await page.evaluate((key) => localStorage.getItem(key), THEME_STORAGE_KEY)).toBeNull();
    expect(await background(page)).toBe(LIGHT_BACKGROUND);
  });

  test('is usable from the keyboard with a visible focus', async ({ page }) => {
    await page.goto('./');
    const dark = page.getByRole('button', { name: 'Тёмная' });
    await dark.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    const outline = await dark.evaluate((element) => getComputedStyle(element).outlineStyle);
    expect(outline).toBe('solid');
  });

  for (const [type, path, how] of [
    ['article', ARTICLE, 'system'],
    ['article', ARTICLE, 'toggle'],
    ['home', '', 'toggle'],
    ['person', 'people/sergey-lavrov/', 'system'],
  ] as const) {
    test(`the ${type} page in dark mode (${how}) has no WCAG 2.2 AA violations`, async ({ page }) => {
      if (how === 'system') await page.emulateMedia({ colorScheme: 'dark' });
      else await storeTheme(page, 'dark');
      await page.goto(path);
      expect(await background(page)).toBe(DARK_BACKGROUND);
      await expectNoAxeViolations(page);
    });
  }
});

test.describe('fonts', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  // A line's height comes from the face that covers the space (the Latin one); the faces and
  // the local fallback state the same metrics, so a face that is late, or never used, moves nothing.
  for (const subset of ['latin', 'cyrillic'] as const) {
    test(`nothing moves when PT Serif's ${subset} faces arrive after the first paint`, async ({ page }) => {
      let delayed = 0;
      await page.route(new RegExp(`/pt-serif-${subset}-[^/]*\\.woff2$`), async (route) => {
        delayed += 1;
        await new Promise((resolve) => setTimeout(resolve, 600));
        await route.continue();
      });
      await page.goto(ARTICLE);
      await page.evaluate(async () => {
        await document.fonts.ready;
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      });
      expect(delayed).toBeGreaterThan(0);
      const shifts = await layoutShifts(page);
      expect(shifts.score, shifts.moved.join('; ')).toBe(0);
    });
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the page follows the system and hides the toggle it cannot run', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(ARTICLE);
    expect(await background(page)).toBe(DARK_BACKGROUND);
    await expect(page.locator('theme-toggle')).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });
});

test.describe('print', () => {
  test('prints the article with its date and address, links spelled out, without navigation', async ({
    page,
  }) => {
    await page.goto(ARTICLE);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.getByRole('navigation')).toBeHidden();
    await expect(page.locator('theme-toggle')).toBeHidden();
    await expect(page.locator('.site-footer')).toBeHidden();
    await expect(page.getByText(page.url(), { exact: true })).toBeVisible();
    await expect(page.locator('article time').first()).toHaveText('12 мая 2022');
    // The printed address joins the accessible name, so find the link by where it goes.
    const person = page.locator('article footer a[href$="/people/sergey-lavrov/"]');
    const shown = await person.evaluate((link) => getComputedStyle(link, '::after').content);
    expect(shown).toBe(`" (${await person.getAttribute('href')})"`);
    expect(await background(page)).toBe('rgb(255, 255, 255)');
  });

  test('shows the address of outside links too', async ({ page }) => {
    await page.goto('sources/tass/');
    await page.emulateMedia({ media: 'print' });
    const outside = page.locator('main a[href^="https://tass.ru"]').first();
    expect(await outside.evaluate((link) => getComputedStyle(link, '::after').content)).toBe(
      '" (https://tass.ru/)"',
    );
  });

  test('the address line is not on screen', async ({ page }) => {
    await page.goto(ARTICLE);
    await expect(page.getByText(page.url(), { exact: true })).toBeHidden();
  });
});

test.describe('keyboard', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test(`the skip link comes first, shows itself and lands on the content (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(ARTICLE);
      await page.keyboard.press('Tab');
      const skip = page.getByRole('link', { name: 'Перейти к содержанию' });
      await expect(skip).toBeFocused();
      await expect(skip).toBeInViewport();
      expect(await skip.evaluate((element) => getComputedStyle(element).outlineStyle)).toBe('solid');
      await page.keyboard.press('Enter');
      await expect(page.locator('main')).toBeFocused();
      await page.keyboard.press('Tab');
      const next = page.locator(':focus');
      expect(await next.evaluate((element) => element.closest('main') !== null)).toBe(true);
      expect(await next.evaluate((element) => getComputedStyle(element).outlineStyle)).toBe('solid');
    });
  }
});
