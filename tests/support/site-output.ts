/**
 * The shapes of what the built site writes, as the tests parse it back: RSS read by
 * fast-xml-parser and JSON-LD. Only the fields some test reads; nothing checks them at run
 * time — the tests' assertions do that.
 */

/**
 * An RSS 2.0 document as fast-xml-parser reads it with `ignoreAttributes: false` (attributes
 * as `@_name`, the text beside them as `#text`) and `item` and `category` always arrays.
 */
export interface ParsedRss {
  rss: { '@_version': string; channel: RssChannel };
}

export interface RssChannel {
  title: string;
  link: string;
  language: string;
  'atom:link': { '@_href': string; '@_rel': string };
  /** Absent when the feed has no item. */
  item?: RssItem[];
}

export interface RssItem {
  title: string;
  link: string;
  guid: { '#text': string; '@_isPermaLink': string };
  pubDate: string;
  description: string;
  'content:encoded'?: string;
  enclosure?: { '@_url': string; '@_length': string; '@_type': string };
  category?: string[];
}

/** A person or place an article is about. */
export interface LdThing {
  '@type': string;
  name: string;
  url: string;
}

/** The `NewsArticle` of an article page. */
export interface LdNewsArticle {
  '@type': string;
  headline: string;
  description: string;
  datePublished: string;
  about: LdThing[];
}

/** A `BreadcrumbList`. */
export interface LdBreadcrumbList {
  '@type': string;
  itemListElement: { '@type': string; position: number; name: string; item: string }[];
}
