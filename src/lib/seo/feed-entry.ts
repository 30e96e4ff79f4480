/**
 * One article as every feed format sees it: absolute link, publication and change instants,
 * plain-text summary, the full HTML, the original's address, its picture and the names it is
 * tagged with. RSS and JSON Feed are both written from this.
 */

/** A picture a feed item carries (an RSS enclosure, a JSON Feed `image`). */
export interface FeedImage {
  /** Absolute URL. */
  url: string;
  /** Media type: `image/jpeg`… */
  type: string;
  /** Size of the file in bytes (RSS enclosures need it). */
  bytes: number;
}

/** An article ready to be written into a feed. */
export interface FeedEntry {
  title: string;
  /** Absolute URL of the article; also its permanent id. */
  url: string;
  /** The publication instant (printed in Moscow time with its offset). */
  published: Date;
  /** When the outlet last changed it, if it did. */
  modified?: Date | undefined;
  /** Plain text: the lead or the first paragraph. */
  summary: string;
  /** The whole article as HTML, every link absolute. */
  contentHtml: string;
  /** The original publication's address, when known. */
  externalUrl?: string | undefined;
  image?: FeedImage | undefined;
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
