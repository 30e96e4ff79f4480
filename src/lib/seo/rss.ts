/**
 * RSS 2.0 for a {@link FeedDocument}, written by `@astrojs/rss`: language `ru`, an Atom
 * self link, and every item with an absolute link, guid, RFC 822 date in Moscow time (the
 * library prints GMT, a day early for a reader that shows only the date, so the date goes in
 * as the item's own XML), the whole article (`content:encoded`), its picture as an enclosure
 * and categories.
 */
import rss, { type RSSOptions } from '@astrojs/rss';
import type { FeedDocument } from './feed-entry.ts';
import { rfc822Date } from '../dates.ts';

/** The options `@astrojs/rss` needs for a feed document. */
export function rssOptions(feed: FeedDocument, language = 'ru'): RSSOptions {
  return {
    title: feed.title,
    description: feed.description,
    // The channel link is the page the feed mirrors; Astro would drop the base from `site`.
    site: feed.homePageUrl,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData:
      `<language>${language}</language>` +
      `<atom:link href="${escapeXml(feed.feedUrl)}" rel="self" type="application/rss+xml"/>`,
    items: feed.entries.map((entry) => ({
      title: entry.title,
      link: entry.url,
      description: entry.summary,
      content: entry.contentHtml,
      customData: `<pubDate>${rfc822Date(entry.published)}</pubDate>`,
      ...(entry.image
        ? { enclosure: { url: entry.image.url, length: entry.image.bytes, type: entry.image.type } }
        : {}),
      categories: entry.tags,
    })),
  };
}

/** The RSS response of an endpoint. */
export function rssResponse(feed: FeedDocument): Promise<Response> {
  return rss(rssOptions(feed));
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
