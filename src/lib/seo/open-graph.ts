/**
 * Open Graph tags for link previews: every page is a `website` in `ru_RU`; an article page
 * is an `article` with its publication time and a tag per person and place.
 */

/** What makes a page an Open Graph `article`. */
export interface OpenGraphArticle {
  /** ISO 8601 date-time with offset: `2022-05-12T00:00:00+03:00`. */
  published: string;
  /** Names of the people and places the article is about. */
  tags: readonly string[];
}

/** What every page tells Open Graph. */
export interface OpenGraphPage {
  title: string;
  description: string;
  /** Absolute canonical URL. */
  url: string;
  siteName: string;
  article?: OpenGraphArticle | undefined;
}

/** One `<meta property content>`. */
export interface MetaProperty {
  property: string;
  content: string;
}

/** The `<meta property>` tags of a page, in the order the protocol lists them. */
export function openGraphTags(page: OpenGraphPage): MetaProperty[] {
  const tags: MetaProperty[] = [
    { property: 'og:type', content: page.article ? 'article' : 'website' },
    { property: 'og:title', content: page.title },
    { property: 'og:description', content: page.description },
    { property: 'og:url', content: page.url },
    { property: 'og:site_name', content: page.siteName },
    { property: 'og:locale', content: 'ru_RU' },
  ];
  if (page.article) {
    tags.push({ property: 'article:published_time', content: page.article.published });
    for (const tag of page.article.tags) tags.push({ property: 'article:tag', content: tag });
  }
  return tags;
}
