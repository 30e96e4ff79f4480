/**
 * A real build of a small archive whose article title and lead try to break out of the
 * JSON-LD block (`</script>`, `<!--`): the page's structured data must stay one intact
 * `<script>` per block with the exact text, and every built page must pass the Nu HTML Checker.
 */
import { cpSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'parse5';
import { FIXTURES, makeContent } from '../support/content-fixture.ts';
import { typeset } from '../../src/lib/typography.ts';
import { describeErrors, validateHtml } from '../support/vnu.ts';
import { runScript } from '../support/editorial-cli.ts';
import type { LdBreadcrumbList, LdNewsArticle } from '../support/site-output.ts';
import { INLINE_SCRIPTS } from '../../src/lib/deploy/inline-scripts.ts';

const content = makeContent();
cpSync(join(FIXTURES, 'hostile'), content, { recursive: true });
const outDir = join(dirname(content), 'dist');
afterAll(() => rmSync(dirname(content), { recursive: true, force: true }));

beforeAll(() => {
  const result = runScript('build', [], {
    LETOPIS_CONTENT: content,
    LETOPIS_OUT_DIR: outDir,
    SITE_URL: 'https://example.org',
  });
  expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
}, 180_000);

interface HtmlNode {
  nodeName: string;
  attrs?: { name: string; value: string }[];
  childNodes?: HtmlNode[];
  value?: string;
}

function scripts(node: HtmlNode): HtmlNode[] {
  const own = node.nodeName === 'script' ? [node] : [];
  return [...own, ...(node.childNodes ?? []).flatMap(scripts)];
}

describe('JSON-LD with hostile text', () => {
  test('stays inside its blocks and carries the exact title and lead', () => {
    const html = readFileSync(join(outDir, '2022/05/13/script-in-title/index.html'), 'utf8');
    const found = scripts(parse(html));
    const isJsonLd = (script: HtmlNode) =>
      script.attrs?.find((attr) => attr.name === 'type')?.value === 'application/ld+json';
    const text = (script: HtmlNode) => script.childNodes?.[0]?.value ?? '';
    // One JSON-LD block, and no script but the site's own hashed ones: none injected by the title.
    expect(found.filter((script) => !isJsonLd(script)).map(text)).toEqual([...INLINE_SCRIPTS]);
    const jsonLd = found.filter(isJsonLd);
    expect(jsonLd).toHaveLength(1);
    const data = JSON.parse(text(jsonLd[0]!)) as [LdNewsArticle, LdBreadcrumbList];
    const [article, breadcrumbs] = data;
    expect(article['@type']).toBe('NewsArticle');
    // The exact title, typeset as the page's <h1> is.
    expect(article.headline).toBe(
      typeset(
        "Заголовок </script><script>document.title='взлом'</script> и <!-- комментарий \u2028 с разделителем",
      ),
    );
    expect(article.description).toContain('</SCRIPT > &');
    expect(article.datePublished).toBe('2022-05-13T10:00:00+03:00');
    expect(breadcrumbs['@type']).toBe('BreadcrumbList');
    expect(breadcrumbs.itemListElement.at(-1)!.item).toBe('https://example.org/2022/05/13/script-in-title/');
  });
});

test('every built page passes the Nu HTML Checker', () => {
  expect(describeErrors(validateHtml([outDir]))).toEqual([]);
}, 120_000);
