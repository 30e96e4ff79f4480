/**
 * Checks every built site must pass, whatever its content: feeds, sitemap, robots.txt, no
 * broken internal link, valid HTML. A project's spec calls {@link defineSiteChecks}; paths are
 * relative to the project's base URL, so the same checks run under a sub-path deploy.
 */
import type { APIRequestContext } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import { test, expect } from './test.ts';
import { crawlSite } from './crawl.ts';
import { htmlElements } from './html.ts';
import { describeErrors, validateHtml } from '../../support/vnu.ts';
import type { ParsedRss, RssItem } from '../../support/site-output.ts';

const xml = new XMLParser({
  ignoreAttributes: false,
  isArray: (name) => ['item', 'category', 'url', 'sitemap'].includes(name),
});

/** RFC 822 as RSS 2.0 wants it, in Moscow time with its offset: `Thu, 12 May 2022 00:00:00 +0300`. */
const RFC_822 =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} \+0[34]00$/;

/** A sitemap index and a sitemap, as {@link xml} reads them. */
interface ParsedSitemapIndex {
  sitemapindex: { sitemap: { loc: string }[] };
}
interface ParsedUrlset {
  urlset: { url: SitemapEntry[] };
}

/** One URL of the sitemap. */
export interface SitemapEntry {
  loc: string;
  lastmod?: string;
}

/** The fields of the JSON Feed the checks read. */
interface ParsedJsonFeed {
  version: string;
  language: string;
  home_page_url: string;
  feed_url: string;
  items: { id: string; url: string; date_published: string }[];
}

/** Fetches and parses an RSS feed, checking what every feed of the archive must have. */
export async function readRss(request: APIRequestContext, url: string) {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  expect(response.headers()['content-type']).toContain('xml');
  const document = xml.parse(await response.text()) as ParsedRss;
  expect(document.rss['@_version']).toBe('2.0');
  const channel = document.rss.channel;
  expect(channel.language).toBe('ru');
  expect(channel['atom:link']['@_href']).toBe(url);
  const items: RssItem[] = channel.item ?? [];
  for (const item of items) {
    expect(item.title, url).toBeTruthy();
    expect(item.link, url).toMatch(/^https?:\/\//);
    expect(item.guid['#text']).toBe(item.link);
    expect(item.pubDate).toMatch(RFC_822);
    expect(item.description, item.link).toBeTruthy();
  }
  return { channel, items };
}

/** Answers whether every URL answers 200 (each requested once). */
async function expectAllOk(request: APIRequestContext, urls: Iterable<string>) {
  for (const url of new Set(urls)) expect((await request.get(url)).status(), url).toBe(200);
}

/** Every entry of the sitemaps the sitemap index (found through robots.txt) lists. */
export async function sitemapEntries(request: APIRequestContext): Promise<SitemapEntry[]> {
  const robots = await (await request.get('robots.txt')).text();
  const index = /^Sitemap: (\S+)$/m.exec(robots)?.[1];
  expect(index, 'robots.txt names the sitemap').toBeTruthy();
  const sitemapIndex = xml.parse(await (await request.get(index!)).text()) as ParsedSitemapIndex;
  const entries: SitemapEntry[] = [];
  for (const { loc } of sitemapIndex.sitemapindex.sitemap) {
    const sitemap = xml.parse(await (await request.get(loc)).text()) as ParsedUrlset;
    entries.push(...sitemap.urlset.url);
  }
  return entries;
}

/** Every URL listed by the sitemap index (found through robots.txt). */
export async function sitemapUrls(request: APIRequestContext): Promise<string[]> {
  return (await sitemapEntries(request)).map((entry) => entry.loc);
}

export function defineSiteChecks(): void {
  test.describe('feeds', () => {
    test('the archive RSS is RSS 2.0 in Russian whose links all answer', async ({ request, baseURL }) => {
      const { channel, items } = await readRss(request, new URL('rss.xml', baseURL).href);
      expect(channel.link).toBe(baseURL);
      expect(items.length).toBeGreaterThan(0);
      const dates = items.map((item) => Date.parse(item.pubDate));
      expect(dates).toEqual([...dates].sort((a, b) => b - a));
      await expectAllOk(
        request,
        items.map((item) => item.link),
      );
    });

    test('the JSON Feed is version 1.1 with absolute links that answer', async ({ request, baseURL }) => {
      const response = await request.get('feed.json');
      // Static hosts type files by extension: application/json here, feed+json where configured.
      expect(response.headers()['content-type']).toMatch(/^application\/(feed\+)?json/);
      const feed = (await response.json()) as ParsedJsonFeed;
      expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
      expect(feed.language).toBe('ru');
      expect(feed.home_page_url).toBe(baseURL);
      expect(feed.feed_url).toBe(new URL('feed.json', baseURL).href);
      expect(feed.items.length).toBeGreaterThan(0);
      for (const item of feed.items) {
        expect(item.url).toMatch(/^https?:\/\//);
        expect(item.id).toBe(item.url);
        expect(Number.isNaN(Date.parse(item.date_published))).toBe(false);
      }
      await expectAllOk(
        request,
        feed.items.map((item: { url: string }) => item.url),
      );
    });

    test('the home page announces both archive feeds', async ({ page, baseURL }) => {
      await page.goto('./');
      const alternates = page.locator('head link[rel="alternate"]');
      await expect(alternates.and(page.locator('[type="application/rss+xml"]'))).toHaveAttribute(
        'href',
        new URL('rss.xml', baseURL).href,
      );
      await expect(alternates.and(page.locator('[type="application/feed+json"]'))).toHaveAttribute(
        'href',
        new URL('feed.json', baseURL).href,
      );
    });

    test('every person, place and source page with articles announces its own feed, about it', async ({
      request,
    }) => {
      test.setTimeout(120_000);
      const entityPages = (await sitemapUrls(request)).filter((url) =>
        /\/(people|places|sources)\/[^/]+\/$/.test(url),
      );
      expect(entityPages.length).toBeGreaterThan(0);
      const itemLinks: string[] = [];
      for (const url of entityPages) {
        const elements = htmlElements(await (await request.get(url)).text());
        const feedLinks = elements.filter(
          (element) => element.name === 'link' && element.attrs['rel'] === 'alternate',
        );
        // A name no article mentions has no feed to announce.
        if (
          !elements.some(
            (element) => element.name === 'ol' && element.attrs['class']?.includes('article-list'),
          )
        ) {
          expect(feedLinks, url).toEqual([]);
          expect((await request.get(`${url}rss.xml`)).status(), `${url}rss.xml`).toBe(404);
          continue;
        }
        expect(feedLinks.map((link) => [link.attrs['type'], link.attrs['href']])).toEqual([
          ['application/rss+xml', `${url}rss.xml`],
        ]);
        const { channel, items } = await readRss(request, `${url}rss.xml`);
        expect(channel.link).toBe(url);
        if (!url.includes('/sources/')) {
          const name = elements.find((element) => element.name === 'h1')!.text.trim();
          for (const item of items) expect(item.category, `${item.link} in ${url}rss.xml`).toContain(name);
        }
        itemLinks.push(...items.map((item) => item.link));
      }
      await expectAllOk(request, itemLinks);
    });
  });

  test.describe('sitemap', () => {
    test('robots.txt points at the sitemap, and every URL in it answers with its own canonical', async ({
      request,
      baseURL,
    }) => {
      const urls = await sitemapUrls(request);
      expect(urls).toContain(baseURL);
      for (const url of urls) {
        expect(url.startsWith(baseURL!), url).toBe(true);
        const response = await request.get(url);
        expect(response.status(), url).toBe(200);
        const canonical = htmlElements(await response.text()).find(
          (element) => element.name === 'link' && element.attrs['rel'] === 'canonical',
        )?.attrs['href'];
        expect(canonical, `canonical of ${url}`).toBe(url);
      }
    });
  });

  test('a crawl of the whole site from the home page finds no broken internal link or anchor', async ({
    request,
    baseURL,
  }) => {
    test.setTimeout(120_000);
    const report = await crawlSite(request, baseURL!);
    expect(report.broken).toEqual([]);
    const sitemap = await sitemapUrls(request);
    // Everything in the sitemap is reachable by links from the home page.
    expect(sitemap.filter((url) => !report.pages.includes(url))).toEqual([]);
  });

  // Playwright reads a test's fixtures from its first parameter, which must be an object
  // pattern even when the test uses none.
  // eslint-disable-next-line no-empty-pattern -- `{}` is the form Playwright requires here.
  test('the built HTML passes the Nu HTML Checker', ({}, testInfo) => {
    test.setTimeout(120_000);
    const outDir = testInfo.project.metadata['outDir'] as string;
    expect(describeErrors(validateHtml([outDir]))).toEqual([]);
  });
}
