import { test, expect } from '../support/test.ts';
import { crawlSite } from '../support/crawl.ts';
import { auditPages } from '../support/page-audit.ts';
import { sitemapUrls } from '../support/site-checks.ts';

test('under the sub-path every link works, nothing leaves /letopis/, and no page breaks the CSP', async ({
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

  const audit = await auditPages(page, crawl.pages, base);
  expect(crawl.pages.length, 'pages crawled').toBeGreaterThanOrEqual(20);
  expect(audit.outsideBase, 'requests outside the base').toEqual([]);
  expect(audit.failed, 'failed responses').toEqual([]);
  expect(audit.cspViolations, 'Content-Security-Policy violations').toEqual([]);
});
