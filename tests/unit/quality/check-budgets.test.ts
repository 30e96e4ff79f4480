import { expect, test } from 'vitest';
import type { Budget } from '../../../quality.config.ts';
import type { MeasuredFile } from '../../../scripts/quality/built-site.ts';
import { checkBudgets, type SiteMeasurer } from '../../../scripts/quality/check-budgets.ts';

const file = (name: string, gzip: number): MeasuredFile => ({
  file: name,
  raw: gzip * 3,
  gzip,
  brotli: gzip - 1,
});
const site: SiteMeasurer = {
  htmlAndCss: (path) => [file(`${path}index.html`, 15_000), file('_astro/a.css', 6_000)],
  javascript: (_path, alsoLoads = []) => Promise.resolve(alsoLoads.map((name) => file(name, 1_000))),
  fonts: () => [
    { file: 'a.woff2', raw: 70_000, gzip: 69_900, brotli: 69_900 },
    { file: 'b.woff2', raw: 70_000, gzip: 69_900, brotli: 69_900 },
  ],
};
const pages = [{ name: 'article', path: '/2022/05/12/slug/' }];

test('a page over its budget fails and names its files', async () => {
  const budgets: Budget[] = [{ kind: 'html+css', page: 'article', gzipKB: 20 }];
  const [result] = await checkBudgets(budgets, pages, site);
  expect(result).toMatchObject({ status: 'over', actual: 21_000, limit: 20_480, brotli: 20_998 });
  expect(result?.files.map((f) => f.file)).toEqual(['/2022/05/12/slug/index.html', '_astro/a.css']);
});

test('JavaScript counts what the page loads, including computed-URL scripts', async () => {
  const none = await checkBudgets([{ kind: 'js', page: 'article', gzipKB: 0 }], pages, site);
  expect(none[0]).toMatchObject({ status: 'ok', actual: 0 });
  const some = await checkBudgets(
    [{ kind: 'js', page: 'article', gzipKB: 0, alsoLoads: ['/pagefind/pagefind.js'] }],
    pages,
    site,
  );
  expect(some[0]).toMatchObject({ status: 'over', actual: 1_000 });
});

test('fonts are counted as stored', async () => {
  const [ok] = await checkBudgets([{ kind: 'fonts', bytesKB: 140 }], pages, site);
  expect(ok).toMatchObject({ status: 'ok', actual: 140_000 });
  const [over] = await checkBudgets([{ kind: 'fonts', bytesKB: 130 }], pages, site);
  expect(over?.status).toBe('over');
});

test('a budget for a page not audited yet is reported as not measured', async () => {
  const [result] = await checkBudgets([{ kind: 'js', page: 'search', gzipKB: 60 }], pages, site);
  expect(result).toMatchObject({ status: 'not measured', label: 'search: JavaScript (gzip)' });
  expect(result?.actual).toBeUndefined();
});
