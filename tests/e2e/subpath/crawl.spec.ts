import { test, expect } from '../support/test.ts';
import { crawlSite } from '../support/crawl.ts';

test('every page under the sub-path links only to working URLs inside it, with no CSP violation', async ({ page, baseURL }) => {
  test.setTimeout(180_000);
  const report = await crawlSite(page, baseURL!);
  expect(report.pages.length, 'pages crawled').toBeGreaterThanOrEqual(20);
  expect(report.broken, 'broken links').toEqual([]);
  expect(report.outsideBase, 'requests or links outside the base').toEqual([]);
  expect(report.cspViolations, 'Content-Security-Policy violations').toEqual([]);
});
