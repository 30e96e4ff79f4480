import { describe, expect, it } from 'vitest';
import type { APIRequestContext } from '@playwright/test';
import { anchorsIn, crawlSite, linksIn } from '../../e2e/support/crawl.ts';

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
    const html =
      '<a href="mailto:a@b.ru">m</a><a href="tel:+7">t</a><a href="javascript:void 0">j</a><a href="">e</a><a href="https://tass.ru/">x</a><a href="#content">skip</a>';
    expect(linksIn(html, page)).toEqual(['https://tass.ru/', page]);
  });

  it('honours <base href>', () => {
    expect(linksIn('<base href="/other/"><a href="z/">z</a>', page)).toEqual([
      'http://127.0.0.1:4600/other/z/',
    ]);
  });
});

describe('anchorsIn', () => {
  it('collects ids and the names of anchors, which fragments may point at', () => {
    expect(
      anchorsIn('<main id="content"><h2 id="fn-label">x</h2><a name="old">o</a><input name="q"></main>'),
    ).toEqual(new Set(['content', 'fn-label', 'old']));
  });
});

describe('crawlSite', () => {
  /** A site served from a map of URL → HTML (or other text), 404 for the rest. */
  function fakeSite(pages: Record<string, string>) {
    const requested: string[] = [];
    const request = {
      get: (url: string) => {
        requested.push(url);
        const body = pages[url];
        const type = url.endsWith('/') ? 'text/html; charset=utf-8' : 'text/css';
        return Promise.resolve({
          status: () => (body === undefined ? 404 : 200),
          headers: () => ({ 'content-type': type }),
          text: () => Promise.resolve(body ?? ''),
        });
      },
    } as unknown as APIRequestContext;
    return { request, requested };
  }
  const root = 'http://127.0.0.1:4600/letopis/';

  it('follows links inside the base and reports what does not answer, and fragments that name nothing', async () => {
    const { request, requested } = fakeSite({
      [root]:
        '<a href="a/">a</a><a href="a/#here">here</a><a href="a/#gone">gone</a><link rel="stylesheet" href="s.css"><a href="https://tass.ru/">out</a>',
      [`${root}a/`]:
        '<p id="here">x</p><a href="../missing/">m</a><a href="/elsewhere/">outside the base</a><a href="#top">top</a>',
      [`${root}s.css`]: 'body{}',
    });
    const report = await crawlSite(request, root);
    expect(report.pages).toEqual([root, `${root}a/`]);
    expect(report.broken).toEqual([
      { url: `${root}missing/`, status: 404, from: `${root}a/` },
      { url: 'http://127.0.0.1:4600/elsewhere/', status: 404, from: `${root}a/` },
      { url: `${root}a/#gone`, status: 'no element with this id', from: root },
    ]);
    expect(requested).not.toContain('https://tass.ru/');
    expect(new Set(requested).size).toBe(requested.length);
  });
});
