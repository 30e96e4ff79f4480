/**
 * What "no JavaScript until the reader opens search" means on a page: no script file is
 * requested, and the only scripts are the two inline ones every page carries — the theme
 * script (no flash of the wrong theme) and the «/» / Ctrl+K search shortcut.
 */
import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';
import { THEME_SCRIPT } from '../../../src/lib/theme/theme-script.ts';
import { SEARCH_SHORTCUT_SCRIPT } from '../../../src/lib/search/shortcut-script.ts';

export const ALLOWED_INLINE_SCRIPTS = [THEME_SCRIPT, SEARCH_SHORTCUT_SCRIPT];

/** Opens `path` and fails if it fetches a script or carries any other script. */
export async function expectNoJavaScriptBeyondInline(page: Page, path: string): Promise<void> {
  const requested: string[] = [];
  const record = (request: { resourceType(): string; url(): string }) => {
    if (request.resourceType() === 'script') requested.push(request.url());
  };
  page.on('request', record);
  await page.goto(path);
  page.off('request', record);
  expect(requested, `script files fetched by ${path}`).toEqual([]);
  const scripts = await page
    .locator('script:not([type="application/ld+json"])')
    .evaluateAll((elements) => elements.map((element) => ({ src: element.getAttribute('src'), text: element.textContent ?? '' })));
  expect(scripts).toEqual(ALLOWED_INLINE_SCRIPTS.map((text) => ({ src: null, text })));
}
