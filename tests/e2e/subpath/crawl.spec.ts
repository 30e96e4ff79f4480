import { test, expect } from '../support/test.ts';
import { crawlSite } from '../support/crawl.ts';
import { auditPages, pagesByType } from '../support/page-audit.ts';
import { sitemapUrls } from '../support/site-checks.ts';

test('under the sub-path every link works, nothing leaves /letopis/, and no page type breaks the CSP', async ({
  page,
  request,
  baseURL,
}) => {
  test.setTimeout(300_000);
  const base = baseURL!;
  expect(new URL(base).pathname).toBe('/letopis/');
  const crawl = await crawlSite(request, base, { alsoStartFrom: [new URL('404.html', base).href] });
  expect(crawl.broken, 'broken links').toEqual([]);
  expect(
    crawl.checked.filter((url) => !url.startsWith(base)),
    'links outside the base',
  ).toEqual([]);
  // Feeds and the sitemap list absolute URLs: those must be under the base too.
  const listed = await sitemapUrls(request);
  expect(listed.length).toBeGreaterThan(0);
  expect(
    listed.filter((url) => !url.startsWith(base)),
    'sitemap entries outside the base',
  ).toEqual([]);

  // Every page's own inline code is checked against the CSP at build time (deploy-output);
  // what only a browser sees (the styles, fonts, scripts and index files a page loads) comes
  // from its template, so two pages of each type are loaded.
  const sampled = pagesByType(crawl.pages, base, 2);
  const audit = await auditPages(page, sampled, base);
  expect(crawl.pages.length, 'pages crawled').toBeGreaterThanOrEqual(20);
  expect(sampled.length, 'pages loaded in the browser').toBeGreaterThanOrEqual(12);
  console.log(`crawl under ${base}: ${crawl.pages.length} pages, ${sampled.length} loaded in the browser`);
  expect(audit.outsideBase, 'requests outside the base').toEqual([]);
  expect(audit.failed, 'failed responses').toEqual([]);
  expect(audit.cspViolations, 'Content-Security-Policy violations').toEqual([]);
});
