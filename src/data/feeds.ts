/**
 * The archive's feeds: the whole archive (RSS and JSON Feed) and one RSS feed per person,
 * place and source, each with its newest {@link FEED_SIZE} articles.
 */
import { getArchive, type Archive, type ArchiveArticle } from './archive.ts';
import { FEED_SIZE, type FeedDocument, type FeedEntry } from '../lib/seo/feed-entry.ts';
import { summaryOf } from './article-summary.ts';
import { titleOf } from './article-display.ts';
import { imageOf } from './article-images.ts';
import { preparedArticle, shelvedArticle } from './prepared-articles.ts';
import { feedHtml } from '../lib/seo/feed-html.ts';
import { memoByObject } from '../lib/memo-by-object.ts';
import { siteUrl } from '../lib/seo/absolute-url.ts';
import { entityPath, type EntityKind } from '../lib/urls.ts';
import { articleTagNames } from './structured-data.ts';
import { ui } from '../i18n/ru.ts';
import { cacheKey } from '../lib/cache-key.ts';

/** A `<link rel="alternate">` to a feed. */
export interface FeedLink {
  type: 'application/rss+xml' | 'application/feed+json';
  title: string;
  /** Absolute URL. */
  url: string;
}

/** Site path of the whole archive's RSS feed. */
export const ARCHIVE_RSS_PATH = '/rss.xml';
/** Site path of the whole archive's JSON Feed. */
export const ARCHIVE_JSON_FEED_PATH = '/feed.json';

/** Site path of the RSS feed of a person, place or source: `/people/<id>/rss.xml`. */
export function entityFeedPath(kind: EntityKind, id: string): string {
  return `${entityPath(kind, id)}rss.xml`;
}

/** The feeds the home page, date pages and article pages announce: the whole archive's. */
export function archiveFeedLinks(): FeedLink[] {
  return [
    { type: 'application/rss+xml', title: `${ui.siteName} — RSS`, url: siteUrl(ARCHIVE_RSS_PATH) },
    {
      type: 'application/feed+json',
      title: `${ui.siteName} — JSON Feed`,
      url: siteUrl(ARCHIVE_JSON_FEED_PATH),
    },
  ];
}

/**
 * The feed a person's, place's or source's page announces: none for an entity without
 * articles, which has no feed.
 */
export function entityFeedLinks(
  kind: EntityKind,
  id: string,
  name: string,
  articleCount: number,
): FeedLink[] {
  if (articleCount === 0) return [];
  return [
    {
      type: 'application/rss+xml',
      title: `${name} — ${ui.siteName} — RSS`,
      url: siteUrl(entityFeedPath(kind, id)),
    },
  ];
}

/** The feeds an article page announces: the archive's and its source's. */
export function articleFeedLinks(article: ArchiveArticle, archive: Archive): FeedLink[] {
  const source = archive.sources.get(article.sourceId)?.name ?? article.sourceId;
  return [...archiveFeedLinks(), ...entityFeedLinks('sources', article.sourceId, source, 1)];
}

/** The whole archive's feed: its newest articles. */
export async function archiveFeed(feedPath: string): Promise<FeedDocument> {
  const archive = await getArchive();
  return {
    title: ui.siteName,
    description: ui.siteTagline,
    homePageUrl: siteUrl('/'),
    feedUrl: siteUrl(feedPath),
    entries: archive.articles.slice(0, FEED_SIZE).map((article) => feedEntry(article, archive)),
  };
}

const HEADINGS = { people: ui.personArticles, places: ui.placeArticles, sources: ui.sourceArticles } as const;

/** The feed of one person, place or source. */
export async function entityFeed(kind: EntityKind, id: string): Promise<FeedDocument> {
  const archive = await getArchive();
  const name = archive[kind].get(id)?.name ?? id;
  const articles = (await articlesByEntity()).get(`${kind}/${id}`) ?? [];
  return {
    title: `${name} — ${ui.siteName}`,
    description: `${HEADINGS[kind]}: ${name}`,
    homePageUrl: siteUrl(entityPath(kind, id)),
    feedUrl: siteUrl(entityFeedPath(kind, id)),
    entries: articles.slice(0, FEED_SIZE).map((article) => feedEntry(article, archive)),
  };
}

/** What a feed's entries show, for its key: each newest article, its picture and its tags. */
function entriesKey(articles: readonly ArchiveArticle[], archive: Archive): unknown[] {
  return articles
    .slice(0, FEED_SIZE)
    .map((article) => [article.entry.digest, imageOf(article)?.digest, articleTagNames(article, archive)]);
}

/** The `cacheKey` of a feed of the whole archive (at `feedPath`): what its entries show. */
export async function archiveFeedKey(feedPath: string): Promise<string> {
  const archive = await getArchive();
  return cacheKey(siteUrl(feedPath), entriesKey(archive.articles, archive));
}

/**
 * The static paths of the feeds of every person, place or source, each with a `cacheKey` of
 * what its feed shows (the entity's name and, for each of its newest articles, the entry and
 * the names it is tagged with), so a rebuild re-renders only the feeds a change reaches.
 */
export async function entityFeedPaths(kind: EntityKind) {
  const archive = await getArchive();
  const index = await articlesByEntity();
  // An entity no article names has no feed (an empty one would only mislead a subscriber).
  return [...archive[kind].keys()]
    .filter((id) => index.has(`${kind}/${id}`))
    .map((id) => ({
      params: { id },
      cacheKey: cacheKey(
        siteUrl('/'),
        kind,
        id,
        archive[kind].get(id)?.name,
        entriesKey(index.get(`${kind}/${id}`) ?? [], archive),
      ),
    }));
}

let byEntity: Promise<Map<string, ArchiveArticle[]>> | undefined;

/** `people/<id>` → that person's articles, newest first: one pass, not one per feed. */
function articlesByEntity(): Promise<Map<string, ArchiveArticle[]>> {
  byEntity ??= getArchive().then(({ articles }) => {
    const index = new Map<string, ArchiveArticle[]>();
    const add = (key: string, article: ArchiveArticle) => {
      const list = index.get(key);
      if (list) list.push(article);
      else index.set(key, [article]);
    };
    for (const article of articles) {
      add(`sources/${article.sourceId}`, article);
      for (const id of article.peopleIds) add(`people/${id}`, article);
      for (const id of article.placeIds) add(`places/${id}`, article);
    }
    return index;
  });
  return byEntity;
}

/**
 * The whole article as a feed shows it, made once per build: an article is in the archive's
 * feed and in the feed of each of its people, places and source.
 */
const contentHtmlOf = memoByObject((article: ArchiveArticle): string => {
  const image = imageOf(article);
  const url = siteUrl(article.path);
  const sourceUrl = article.entry.data.sourceUrl;
  return feedHtml({
    // Peeked, not taken: the article's own page takes it from the shelf.
    html: (shelvedArticle(article) ?? preparedArticle(article)).html,
    url,
    image: image && {
      url: siteUrl(image.sitePath),
      width: image.width,
      height: image.height,
      alt: image.alt,
      credit: image.credit,
    },
    original: sourceUrl ? { url: sourceUrl, label: ui.originalLink } : undefined,
  });
});

function feedEntry(article: ArchiveArticle, archive: Archive): FeedEntry {
  const image = imageOf(article);
  return {
    title: titleOf(article),
    url: siteUrl(article.path),
    published: article.date.instant,
    modified: article.updated?.instant,
    summary: summaryOf(article),
    contentHtml: contentHtmlOf(article),
    externalUrl: article.entry.data.sourceUrl,
    image: image && { url: siteUrl(image.sitePath), type: image.mediaType, bytes: image.bytes },
    tags: articleTagNames(article, archive),
  };
}
