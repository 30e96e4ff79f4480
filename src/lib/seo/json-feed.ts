/** JSON Feed 1.1 (https://jsonfeed.org/version/1.1) written from a {@link FeedDocument}. */
import type { FeedDocument } from './feed-entry.ts';

/** The fields of a JSON Feed 1.1 item this archive fills. */
export interface JsonFeedItem {
  id: string;
  url: string;
  title: string;
  summary: string;
  content_text: string;
  date_published: string;
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

/** The JSON Feed of a feed document, in Russian. */
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
      title: entry.title,
      summary: entry.summary,
      content_text: entry.summary,
      date_published: entry.published.toISOString(),
      ...(entry.tags.length > 0 ? { tags: entry.tags } : {}),
      language,
    })),
  };
}
