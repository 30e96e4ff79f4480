/**
 * What an import writes builds: the messy fixture imported into a copy of the archive is built
 * by the real `npm run build`, and text that looked like Markdown renders as the same text.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { copyContent, runScript } from '../support/editorial-cli.ts';

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** The paragraphs of an article page's body as a reader sees them. */
function renderedParagraphs(html: string): string[] {
  const prose = /<div class="prose"[^>]*>([\s\S]*?)<\/div>/.exec(html)?.[1] ?? '';
  return [...prose.matchAll(/<p[^>]*>([\s\S]*?)<\/p>/g)].map(([, inner = '']) =>
    inner
      .replace(/<[^>]+>/g, '')
      .replaceAll('&lt;', '<')
      .replaceAll('&gt;', '>')
      .replaceAll('&quot;', '"')
      .replaceAll('&#39;', "'")
      .replaceAll('&amp;', '&')
      .replaceAll('\u00a0', ' '),
  );
}

test('the imported archive builds, and Markdown-looking text renders verbatim', () => {
  const content = copyContent();
  made.push(dirname(content));
  const outDir = join(dirname(content), 'dist');
  expect(runScript('import', ['tests/fixtures/import/messy.jsonl', '--content', content]).status).toBe(1);
  const build = runScript('build', [], { LETOPIS_CONTENT: content, LETOPIS_OUT_DIR: outDir });
  expect(build.status, build.stderr).toBe(0);
  for (const page of [
    '2022/05/13/lavrov-obsudil-v-moskve-situatsiyu-v-regione',
    'people/mariya-zakharova',
    'places/sankt-peterburg',
    'sources/interfaks',
  ]) {
    expect(existsSync(join(outDir, page, 'index.html')), page).toBe(true);
  }
  const html = readFileSync(join(outDir, '2022/05/18/1-glavnoe-za-den-itogi-nedeli/index.html'), 'utf8');
  expect(renderedParagraphs(html)).toEqual([
    '# Это не заголовок, а строка из ленты',
    '* звездочка в начале строки',
    '1. Первый пункт, который не должен стать списком',
    '<b>угловые скобки</b> и [квадратные](скобки) и _подчеркивания_ и `обратные кавычки`',
    '> тоже не цитата',
  ]);
}, 180_000);
