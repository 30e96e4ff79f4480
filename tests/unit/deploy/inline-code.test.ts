import { expect, test } from 'vitest';
import { blockedInlineCode, findInlineCode } from '../../../src/lib/deploy/inline-code.ts';

const THEME = "document.documentElement.dataset.theme = localStorage.getItem('theme') ?? 'auto';";

test('finds inline scripts and styles, and skips external scripts and JSON-LD', () => {
  const html = `<head><script>${THEME}</script><script src="/_astro/a.js"></script>
    <script type="application/ld+json">{"@type":"NewsArticle"}</script><style>p{color:red}</style></head>
    <body><p style="color:red" onclick="x()">a</p><script type="module">import('/x.js')</script></body>`;
  expect(findInlineCode(html)).toEqual({
    scripts: [THEME, "import('/x.js')"],
    styles: ['p{color:red}'],
    styleAttributes: ['p'],
    eventHandlers: ['p[onclick]'],
  });
});

test('a page whose only inline script is an allowed one is clean', () => {
  expect(
    blockedInlineCode(`<head><script>${THEME}</script></head><body><p>Текст</p></body>`, [THEME]),
  ).toEqual([]);
});

test('a changed script, an inline style and a handler are each reported', () => {
  const problems = blockedInlineCode(`<script>${THEME} </script><style>p{}</style><a onclick="x()">a</a>`, [
    THEME,
  ]);
  expect(problems).toHaveLength(3);
  expect(problems[0]).toMatch(
    /^an inline <script> whose hash 'sha256-[^']+' the Content-Security-Policy does not list/,
  );
  expect(problems[1]).toBe('an inline <style> ("p{}")');
  expect(problems[2]).toBe('an event handler attribute a[onclick]');
});

test('the quick path and the parser agree: what hides among allowed scripts is still found', () => {
  const allowedOnly = `<script>${THEME}</script><script type="application/ld+json">{"a":"on x=1"}</script>`;
  expect(blockedInlineCode(`${allowedOnly}<p>style = «стиль», on = «вкл»</p>`, [THEME])).toEqual([]);
  expect(blockedInlineCode(`${allowedOnly}<img/onerror=alert(1) src=x>`, [THEME])).toEqual([
    'an event handler attribute img[onerror]',
  ]);
  expect(blockedInlineCode(`${allowedOnly}<p class="a"style="color:red">x</p>`, [THEME])).toEqual([
    'a style="" attribute on <p>',
  ]);
  expect(blockedInlineCode(`<SCRIPT>${THEME}</SCRIPT><Script>alert(1)</Script>`, [THEME])).toHaveLength(1);
});
