/**
 * Crawls a built site from its base in the browser: every page reachable by links, plus the
 * URLs listed in sitemaps and feeds, each loaded once. Reports what a deploy gets wrong:
 * links that do not resolve, requests that leave the base, and Content-Security-Policy
 * violations.
 */
import type { Page } from '@playwright/test';

export interface CrawlReport {
  /** Pages loaded in the browser. */
  pages: string[];
  /** Other files checked by a request (feeds, sitemaps, icons). */
  files: string[];
  /** `url (status) ← where it was linked from`. */
  broken: string[];
  /** Requests (by the browser or linked) to a URL outside the base. */
  outsideBase: string[];
  /** `directive blocked-uri on page`. */
  cspViolations: string[];
}

const CSP_LISTENER = () => {
  const seen: string[] = [];
  (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
  document.addEventListener('securitypolicyviolation', (event) => {
    seen.push(`${event.effectiveDirective} ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}`);
  });
};

/** Where a crawl starts besides the home page: the pages and files nothing links to. */
const SEEDS = ['404.html', 'robots.txt'];

/** Crawls from `startUrl`, staying inside `base` (`http://host:port/letopis/`). */
export async function crawlSite(page: Page, startUrl: string, limit = 2_000): Promise<CrawlReport> {
  const base = new URL(startUrl);
  const report: CrawlReport = { pages: [], files: [], broken: [], outsideBase: [], cspViolations: [] };
  const inBase = (url: URL) => url.origin === base.origin && url.pathname.startsWith(base.pathname);
  const queue = [base.href, ...SEEDS.map((seed) => new URL(seed, base).href)];
  const queued = new Map<string, string>(queue.map((url) => [url, '(start)']));

  await page.addInitScript(CSP_LISTENER);
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol.startsWith('http') && !inBase(url)) report.outsideBase.push(`${url.href} requested by ${page.url()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && response.request().resourceType() !== 'document') {
      report.broken.push(`${response.url()} (${response.status()}) ← ${page.url()}`);
    }
  });

  const enqueue = (raw: string, from: string) => {
    const url = new URL(raw, from);
    url.hash = '';
    if (!url.protocol.startsWith('http') || url.origin !== base.origin) return;
    if (!inBase(url)) {
      report.outsideBase.push(`${url.href} linked from ${from}`);
      return;
    }
    if (queued.has(url.href) || queued.size >= limit) return;
    queued.set(url.href, from);
    queue.push(url.href);
  };

  for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
    const from = queued.get(url) ?? '';
    const response = await page.request.get(url, { maxRedirects: 0 });
    if (response.status() !== 200) {
      report.broken.push(`${url} (${response.status()}) ← ${from}`);
      continue;
    }
    const type = response.headers()['content-type'] ?? '';
    if (type.startsWith('text/html')) {
      report.pages.push(url);
      await page.goto(url);
      const links = await page.locator('a[href], link[href], img[src], script[src], source[src]').evaluateAll((elements) =>
        elements.map((element) => element.getAttribute('href') ?? element.getAttribute('src') ?? ''),
      );
      links.forEach((link) => enqueue(link, url));
      const violations = await page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
      report.cspViolations.push(...violations.map((violation) => `${violation} on ${url}`));
    } else {
      report.files.push(url);
      const text = /xml|json|text\/plain/.test(type) ? await response.text() : '';
      // Sitemaps (<loc>), RSS (<link>, <guid>), JSON Feed ("url") and robots.txt (Sitemap:)
      // list URLs of the site.
      const listed = /<(?:loc|link|guid)[^>]*>([^<]+)<\/|\shref="([^"]+)"|"(?:url|home_page_url|feed_url)":\s*"([^"]+)"|^Sitemap:\s*(\S+)/gm;
      for (const match of text.matchAll(listed)) {
        enqueue((match[1] ?? match[2] ?? match[3] ?? match[4] ?? '').trim(), url);
      }
    }
  }
  return report;
}
