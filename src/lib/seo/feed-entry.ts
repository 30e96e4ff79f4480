/**
 * One article as every feed format sees it: absolute link, publication instant, plain-text
 * summary and the names it is tagged with. RSS and JSON Feed are both written from this.
 */

/** An article ready to be written into a feed. */
export interface FeedEntry {
  title: string;
  /** Absolute URL of the article; also its permanent id. */
  url: string;
  /** The publication instant (RSS prints it in RFC 822, JSON Feed in RFC 3339). */
  published: Date;
  /** Plain text: the lead or the first paragraph. */
  summary: string;
  /** Names of the people, then the places, the article is about. */
  tags: string[];
}

/** A feed: its title, description, the page it belongs to, its own address and entries. */
export interface FeedDocument {
  title: string;
  description: string;
  /** Absolute URL of the HTML page the feed mirrors (home, a person's page…). */
  homePageUrl: string;
  /** Absolute URL of the feed itself. */
  feedUrl: string;
  entries: readonly FeedEntry[];
}

/** How many of the newest articles a feed carries: readers poll feeds, archives are big. */
export const FEED_SIZE = 50;
