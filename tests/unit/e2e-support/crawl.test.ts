import { describe, expect, it } from 'vitest';
import { linksIn } from '../../e2e/support/crawl.ts';

describe('linksIn', () => {
  const page = 'http://127.0.0.1:4600/letopis/people/x/';

  it('finds anchors, stylesheets, images, srcsets and scripts, resolved against the page', () => {
    const html = `<!doctype html><html><head>
      <link rel="stylesheet" href="/letopis/_astro/a.css"><link rel="alternate" href="rss.xml">
      <script src="../../s.js"></script></head><body>
      <a href="../y/#top">y</a><img src="i.png" srcset="i-2x.png 2x, /letopis/i-3x.png 3x">
      <template><a href="in-template/">t</a></template></body></html>`;
    expect(linksIn(html, page)).toEqual([
      'http://127.0.0.1:4600/letopis/_astro/a.css',
      'http://127.0.0.1:4600/letopis/people/x/rss.xml',
      'http://127.0.0.1:4600/letopis/s.js',
      'http://127.0.0.1:4600/letopis/people/y/',
      'http://127.0.0.1:4600/letopis/people/x/i.png',
      'http://127.0.0.1:4600/letopis/people/x/i-2x.png',
      'http://127.0.0.1:4600/letopis/i-3x.png',
      'http://127.0.0.1:4600/letopis/people/x/in-template/',
    ]);
  });

  it('skips mail, phone, javascript and data links, and empty ones; keeps external ones', () => {
    const html = '<a href="mailto:a@b.ru">m</a><a href="tel:+7">t</a><a href="javascript:void 0">j</a><a href="">e</a><a href="https://tass.ru/">x</a><a href="#content">skip</a>';
    expect(linksIn(html, page)).toEqual(['https://tass.ru/', page]);
  });

  it('honours <base href>', () => {
    expect(linksIn('<base href="/other/"><a href="z/">z</a>', page)).toEqual(['http://127.0.0.1:4600/other/z/']);
  });
});
