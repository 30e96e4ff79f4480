/**
 * The search index is built from the content while Astro renders the pages, not from the
 * pages: this builds the fixture archive (tables, footnotes, raw HTML, quotes, links) and
 * requires every article's indexed body text to be the text its built page shows.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Parser } from 'htmlparser2';
import { afterAll, expect, test } from 'vitest';
import { validateContent } from '../../src/lib/validation/validate-content.ts';
import { articlePath } from '../../src/lib/article-path.ts';
import { htmlText } from '../../src/lib/markdown/html-text.ts';
import { prepareArticle } from '../../src/lib/markdown/prepare-article.ts';
import { PROJECT_ROOT, runScript } from '../support/editorial-cli.ts';

const work = mkdtempSync(join(tmpdir(), 'letopis-search-text-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The HTML inside the page's `<div class="prose">`, which holds the rendered body alone. */
function proseHtml(page: string): string {
  let start = -1;
  let end = -1;
  let depth = 0;
  const parser = new Parser({
    onopentag(name, attributes) {
      if (name !== 'div') return;
      if (start < 0 && attributes['class']?.split(' ').includes('prose')) start = parser.endIndex + 1;
      else if (start >= 0 && end < 0) depth += 1;
    },
    onclosetag(name) {
      if (name !== 'div' || start < 0 || end >= 0) return;
      if (depth === 0) end = parser.startIndex;
      else depth -= 1;
    },
  });
  parser.end(page);
  expect(start, 'the page has a .prose block').toBeGreaterThan(0);
  return page.slice(start, end);
}

test('every article body in the index reads as its built page reads', () => {
  const content = join(PROJECT_ROOT, 'tests/fixtures/archive');
  const outDir = join(work, 'dist');
  const result = runScript('build', [], {
    LETOPIS_CONTENT: content,
    LETOPIS_OUT_DIR: outDir,
    LETOPIS_CACHE_DIR: join(work, 'cache'),
    BASE_PATH: '/letopis/',
    FORCE_COLOR: '0',
    NO_COLOR: '1',
  });
  expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
  const { articles, texts } = validateContent(content).content;
  expect(articles.length).toBeGreaterThan(30);
  for (const article of articles) {
    const page = readFileSync(join(outDir, articlePath(article.id), 'index.html'), 'utf8');
    const prepared = prepareArticle(
      {
        digest: article.digest,
        title: article.data.title,
        lead: article.data.lead,
        body: texts.text(article.body),
      },
      '/letopis/',
    );
    expect(prepared.text, article.id).toBe(htmlText(proseHtml(page)));
    expect(page).toContain(`>${prepared.title}</h1>`);
  }
}, 300_000);
