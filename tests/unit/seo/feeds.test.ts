import { describe, expect, it } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import rss from '@astrojs/rss';
import type { FeedDocument } from '../../../src/lib/seo/feed-entry.ts';
import { toJsonFeed } from '../../../src/lib/seo/json-feed.ts';
import { rssOptions } from '../../../src/lib/seo/rss.ts';
import type { ParsedRss, RssItem } from '../../support/site-output.ts';

const feed: FeedDocument = {
  title: 'Летопись',
  description: 'Архив русскоязычных новостей',
  homePageUrl: 'https://example.org/letopis/',
  feedUrl: 'https://example.org/letopis/rss.xml',
  entries: [
    {
      title: 'Лавров & Байрамов: <встреча>',
      url: 'https://example.org/letopis/2022/05/12/vstrecha/',
      published: new Date('2022-05-11T21:00:00Z'),
      modified: new Date('2022-05-12T06:40:00Z'),
      summary: 'Министры встретились в\u00a0Душанбе.',
      contentHtml: '<p>Министры <a href="https://example.org/letopis/people/x/">встретились</a>.</p>',
      externalUrl: 'https://tass.ru/politika/1',
      image: {
        url: 'https://example.org/letopis/2022/05/12/vstrecha/photo.jpg',
        type: 'image/jpeg',
        bytes: 12345,
      },
      tags: ['Сергей Лавров', 'Душанбе'],
    },
    {
      title: 'Без тегов',
      url: 'https://example.org/letopis/2022/05/11/bez-tegov/',
      published: new Date('2022-05-11T09:30:00Z'),
      summary: 'Текст.',
      contentHtml: '<p>Текст.</p>',
      tags: [],
    },
  ],
};

describe('RSS 2.0', () => {
  it('is well-formed RSS in Russian with absolute links, guids, RFC 822 dates and categories', async () => {
    const xml = await (await rss(rssOptions(feed))).text();
    const parsed = new XMLParser({
      ignoreAttributes: false,
      isArray: (name) => name === 'item' || name === 'category',
    }).parse(xml) as ParsedRss;
    const channel = parsed.rss.channel;
    expect(parsed.rss['@_version']).toBe('2.0');
    expect(channel.title).toBe('Летопись');
    expect(channel.language).toBe('ru');
    // The channel link keeps the base that Astro would have dropped.
    expect(channel.link).toBe('https://example.org/letopis/');
    expect(channel['atom:link']['@_href']).toBe('https://example.org/letopis/rss.xml');
    expect(channel['atom:link']['@_rel']).toBe('self');
    const [first, second] = channel.item as [RssItem, RssItem];
    expect(first.title).toBe('Лавров & Байрамов: <встреча>');
    expect(first.link).toBe('https://example.org/letopis/2022/05/12/vstrecha/');
    expect(first.guid['#text']).toBe(first.link);
    expect(first.guid['@_isPermaLink']).toBe('true');
    // Moscow time with its offset: 12 May, the day the article was published there.
    expect(first.pubDate).toBe('Thu, 12 May 2022 00:00:00 +0300');
    expect(first['content:encoded']).toBe(feed.entries[0]!.contentHtml);
    expect(first.enclosure).toEqual({
      '@_url': 'https://example.org/letopis/2022/05/12/vstrecha/photo.jpg',
      '@_length': '12345',
      '@_type': 'image/jpeg',
    });
    expect(first.description).toBe('Министры встретились в\u00a0Душанбе.');
    expect(first.category).toEqual(['Сергей Лавров', 'Душанбе']);
    expect(second.category).toBeUndefined();
  });
});

describe('JSON Feed 1.1', () => {
  it('has the version, absolute addresses, language and one item per entry', () => {
    const json = toJsonFeed(feed);
    expect(json.version).toBe('https://jsonfeed.org/version/1.1');
    expect(json.home_page_url).toBe('https://example.org/letopis/');
    expect(json.feed_url).toBe('https://example.org/letopis/rss.xml');
    expect(json.language).toBe('ru');
    expect(json.items).toEqual([
      {
        id: 'https://example.org/letopis/2022/05/12/vstrecha/',
        url: 'https://example.org/letopis/2022/05/12/vstrecha/',
        title: 'Лавров & Байрамов: <встреча>',
        external_url: 'https://tass.ru/politika/1',
        summary: 'Министры встретились в\u00a0Душанбе.',
        content_html: '<p>Министры <a href="https://example.org/letopis/people/x/">встретились</a>.</p>',
        image: 'https://example.org/letopis/2022/05/12/vstrecha/photo.jpg',
        date_published: '2022-05-12T00:00:00+03:00',
        date_modified: '2022-05-12T09:40:00+03:00',
        tags: ['Сергей Лавров', 'Душанбе'],
        language: 'ru',
      },
      // Vitest types its asymmetric matchers `any`; `as unknown` keeps that out of typed code.
      expect.not.objectContaining({ tags: expect.anything() as unknown }),
    ]);
  });
});
