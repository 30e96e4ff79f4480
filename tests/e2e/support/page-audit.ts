/**
 * Loads pages in the browser and reports what only a browser sees: requests (styles, fonts,
 * scripts, Pagefind's files) that leave the deploy's base, responses that fail, and
 * Content-Security-Policy violations — the page's `securitypolicyviolation` events, which
 * Chromium raises for every blocked script, style, font, connection or worker.
 */
import type { Page } from '@playwright/test';

export interface PageAudit {
  /** `url requested by page`. */
  outsideBase: string[];
  /** `url (status) on page`. */
  failed: string[];
  /** `directive blocked-uri at source on page`. */
  cspViolations: string[];
}

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

/** Collects the page's CSP violations from its first script on; call before the first goto. */
export async function watchCspViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    window.__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(
        `${event.effectiveDirective} ${event.blockedURI || 'inline'} at ${event.sourceFile || '?'}:${event.lineNumber}`,
      );
    });
  });
}

/** The violations the current page has seen so far. */
export async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => window.__cspViolations ?? []);
}

/** Visits each URL in turn; `base` is the deploy's base URL (`http://host:port/letopis/`). */
export async function auditPages(page: Page, urls: readonly string[], base: string): Promise<PageAudit> {
  const audit: PageAudit = { outsideBase: [], failed: [], cspViolations: [] };
  await watchCspViolations(page);
  page.on('request', (request) => {
    const url = request.url();
    if (/^https?:/.test(url) && !url.startsWith(base))
      audit.outsideBase.push(`${url} requested by ${page.url()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400)
      audit.failed.push(`${response.url()} (${response.status()}) on ${page.url()}`);
  });
  for (const url of urls) {
    await page.goto(url);
    audit.cspViolations.push(...(await cspViolations(page)).map((violation) => `${violation} on ${url}`));
  }
  return audit;
}

/**
 * The shape of a page's path under `base`, which names its page type: the first segment as it
 * is (`people`, `search`) or `#` for a number, then `#` for each number and `*` for each other
 * segment, joined by slashes: `2022/05/12/slug/` is `#/#/#/*`, a person's second page has the
 * shape of every person's second page.
 */
export function pageShape(url: string, base: string): string {
  const segments = url.slice(base.length).split(/[?#]/u)[0]!.split('/').filter(Boolean);
  return segments
    .map((segment, index) => (/^\d+$/u.test(segment) ? '#' : index === 0 ? segment : '*'))
    .join('/');
}

/** At most `perType` URLs of each page shape, in their first-seen order. */
export function pagesByType(urls: readonly string[], base: string, perType: number): string[] {
  const taken = new Map<string, number>();
  return urls.filter((url) => {
    const shape = pageShape(url, base);
    const count = taken.get(shape) ?? 0;
    taken.set(shape, count + 1);
    return count < perType;
  });
}
