import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { BuiltSite } from '../../../scripts/quality/built-site.ts';

let outDir: string;
const write = (file: string, content: string) => {
  mkdirSync(dirname(join(outDir, file)), { recursive: true });
  writeFileSync(join(outDir, file), content);
};

beforeAll(() => {
  outDir = mkdtempSync(join(tmpdir(), 'letopis-built-site-'));
  write('index.html', '<link rel="stylesheet" href="/_astro/site.css"><p>Главная</p>');
  write('_astro/site.css', 'body{color:#111}');
  write(
    'search/index.html',
    '<script type="module" src="/_astro/search.js"></script><script>var x=1</script>',
  );
  write('_astro/search.js', 'import"./chunk.js";import("./lazy.js");');
  write('_astro/chunk.js', 'import"./search.js";export const a=1;');
  write('_astro/lazy.js', 'export const b=2;');
  write('pagefind/pagefind.js', 'export const c=3;');
  write('_astro/a.woff2', 'font-bytes');
  write('_astro/a.woff', 'older-font-bytes');
  write('broken/index.html', '<script src="/_astro/gone.js"></script>');
});
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

test('HTML and linked CSS of a page', () => {
  expect(new BuiltSite(outDir).htmlAndCss('/').map((file) => file.file)).toEqual([
    'index.html',
    '_astro/site.css',
  ]);
});

test('JavaScript: inline, referenced, imported (once each), and computed-URL extras', async () => {
  const files = await new BuiltSite(outDir).javascript('/search/', ['/pagefind/pagefind.js']);
  expect(files.map((file) => file.file)).toEqual([
    '/search/ <script> #1',
    '_astro/search.js',
    'pagefind/pagefind.js',
    '_astro/chunk.js',
    '_astro/lazy.js',
  ]);
  expect(await new BuiltSite(outDir).javascript('/')).toEqual([]);
});

test('only .woff2 files count as fonts', () => {
  expect(new BuiltSite(outDir).fonts().map((file) => file.file)).toEqual(['_astro/a.woff2']);
});

test('a missing page, a missing file or a missing build fails loudly', async () => {
  const site = new BuiltSite(outDir);
  expect(() => site.pageHtml('/2022/05/')).toThrow('page /2022/05/ is not in the build');
  await expect(site.javascript('/broken/')).rejects.toThrow('_astro/gone.js is referenced but missing');
  expect(() => new BuiltSite(join(outDir, 'nowhere'))).toThrow('build the site first');
});
