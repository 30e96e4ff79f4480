/**
 * RSS 2.0 for a {@link FeedDocument}, written by `@astrojs/rss`: language `ru`, an Atom
 * self link, and every item with an absolute link, guid, RFC 822 date and categories.
 */
import rss, { type RSSOptions } from '@astrojs/rss';
import type { FeedDocument } from './feed-entry.ts';

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
      pubDate: entry.published,
      description: entry.summary,
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
