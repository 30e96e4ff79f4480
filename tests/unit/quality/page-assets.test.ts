import { expect, test } from 'vitest';
import { moduleImports, pageReferences, siteFilePath } from '../../../scripts/quality/page-assets.ts';

test('finds stylesheets, scripts, module preloads and inline code, not data blocks', () => {
  const html = `<!doctype html><html><head>
    <link rel="stylesheet" href="/_astro/a.css"><link rel="icon" href="/favicon.svg">
    <link rel="modulepreload" href="/_astro/chunk.js">
    <script type="application/ld+json">{"@type":"NewsArticle"}</script>
    </head><body><script type="module" src="/_astro/search.js"></script>
    <script>console.log(1)</script></body></html>`;
  expect(pageReferences(html)).toEqual({
    stylesheets: ['/_astro/a.css'],
    scripts: ['/_astro/search.js', '/_astro/chunk.js'],
    inlineScripts: ['console.log(1)'],
  });
});

test('a page without scripts references none', () => {
  expect(pageReferences('<p>Текст</p>')).toEqual({ stylesheets: [], scripts: [], inlineScripts: [] });
});

test('lists static, re-exported and literal dynamic imports, not computed ones', async () => {
  const code =
    'import{a}from"./a.js";export*from"./b.js";import("./c.js");import(`./d.js`);' +
    'const p=base+"pagefind.js";import(p);import(`${base}pagefind/pagefind.js`);';
  expect(await moduleImports(code)).toEqual(['./a.js', './b.js', './c.js', './d.js']);
});

test('maps site URLs to files of the output folder', () => {
  const page = new URL('http://site.invalid/2022/05/12/slug/');
  expect(siteFilePath('/_astro/a.css', page)).toBe('_astro/a.css');
  expect(siteFilePath('../chunk.js', new URL('http://site.invalid/_astro/x/y.js'))).toBe('_astro/chunk.js');
  expect(siteFilePath('/2022/05/', page)).toBe('2022/05/index.html');
  expect(siteFilePath('/', page)).toBe('index.html');
  expect(siteFilePath('/archive/_astro/a.css', page, '/archive/')).toBe('_astro/a.css');
  expect(siteFilePath('https://cdn.example/x.js', page)).toBeUndefined();
});
