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
