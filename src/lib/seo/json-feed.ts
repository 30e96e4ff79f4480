/** JSON Feed 1.1 (https://jsonfeed.org/version/1.1) written from a {@link FeedDocument}. */
import type { FeedDocument } from './feed-entry.ts';
import { moscowDateTime } from '../dates.ts';

/** The fields of a JSON Feed 1.1 item this archive fills. */
export interface JsonFeedItem {
  id: string;
  url: string;
  external_url?: string;
  title: string;
  summary: string;
  content_html: string;
  image?: string;
  date_published: string;
  date_modified?: string;
  tags?: string[];
  language: string;
}

/** The fields of a JSON Feed 1.1 document this archive fills. */
export interface JsonFeed {
  version: 'https://jsonfeed.org/version/1.1';
  title: string;
  home_page_url: string;
  feed_url: string;
  description: string;
  language: string;
  items: JsonFeedItem[];
}

/** The JSON Feed of a feed document, in Russian; dates in Moscow time with their offset. */
export function toJsonFeed(feed: FeedDocument, language = 'ru'): JsonFeed {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: feed.title,
    home_page_url: feed.homePageUrl,
    feed_url: feed.feedUrl,
    description: feed.description,
    language,
    items: feed.entries.map((entry) => ({
      id: entry.url,
      url: entry.url,
      ...(entry.externalUrl ? { external_url: entry.externalUrl } : {}),
      title: entry.title,
      summary: entry.summary,
      content_html: entry.contentHtml,
      ...(entry.image ? { image: entry.image.url } : {}),
      date_published: moscowDateTime(entry.published),
      ...(entry.modified ? { date_modified: moscowDateTime(entry.modified) } : {}),
      ...(entry.tags.length > 0 ? { tags: entry.tags } : {}),
      language,
    })),
  };
}
