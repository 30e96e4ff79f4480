/**
 * Open Graph tags for link previews: every page is a `website` in `ru_RU` with an image (its
 * width, height and alt, which previews need before they fetch it); an article page is an
 * `article` with its publication and change times and a tag per person and place. X (Twitter)
 * reads the Open Graph tags too and needs only its card type.
 */

/** What makes a page an Open Graph `article`. */
export interface OpenGraphArticle {
  /** ISO 8601 date-time with offset: `2022-05-12T00:00:00+03:00`. */
  published: string;
  /** When it was last changed, if it was: the same form. */
  modified?: string | undefined;
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
  image: PreviewImage;
  article?: OpenGraphArticle | undefined;
}

/** The picture a link preview shows: an article's own image or a rendered card. */
export interface PreviewImage {
  /** Absolute URL. */
  url: string;
  width: number;
  height: number;
  /** What the picture shows, for readers who cannot see it. */
  alt: string;
  /** Its media type: `image/png`, `image/jpeg`… */
  type: string;
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
    { property: 'og:image', content: page.image.url },
    { property: 'og:image:type', content: page.image.type },
    { property: 'og:image:width', content: String(page.image.width) },
    { property: 'og:image:height', content: String(page.image.height) },
    { property: 'og:image:alt', content: page.image.alt },
  ];
  if (page.article) {
    tags.push({ property: 'article:published_time', content: page.article.published });
    if (page.article.modified)
      tags.push({ property: 'article:modified_time', content: page.article.modified });
    for (const tag of page.article.tags) tags.push({ property: 'article:tag', content: tag });
  }
  return tags;
}

/** The `<meta name>` tags X (Twitter) reads beside Open Graph: a large-image card. */
export function twitterTags(image: PreviewImage): { name: string; content: string }[] {
  return [
    { name: 'twitter:card', content: 'summary_large_image' },
    { name: 'twitter:image:alt', content: image.alt },
  ];
}
