/**
 * Everything typeset that an article's page and its search record need, computed in one go:
 * the body's HTML (render-article.ts) and plain text, the title, the lead and the summary.
 * Typesetting is most of the cost of a page (Typograf takes ~0.2 ms a call, several calls an
 * article), so the search job does this once per article and hands the result to the pages
 * (see src/data/prepared-articles.ts) instead of each doing it again.
 */
import { htmlText } from './html-text.ts';
import { renderArticleHtml } from './render-article.ts';
import { articleSummary } from '../seo/summary.ts';
import { typeset } from '../typography.ts';

/** What an article page shows, typeset, and the text search matches. */
export interface PreparedArticle {
  /** The digest of the article file it was made from (a stale one must not be shown). */
  digest: string;
  /** The rendered body. */
  html: string;
  /** The body as plain text, blocks separated by blank lines. */
  text: string;
  title: string;
  lead: string | undefined;
  /** The lead, or else the body's first paragraph: what feeds and link previews print. */
  summary: string;
}

/** What the article's page and feeds use: all but the plain text, which only search needs. */
export type ArticleForPage = Omit<PreparedArticle, 'text'>;

/** The page's part of a prepared article (what crosses from the search job to the pages). */
export function forPage({ text: _text, ...article }: PreparedArticle): ArticleForPage {
  return article;
}

/** The article's parts as the file gives them. */
export interface ArticleSource {
  digest: string;
  title: string;
  lead?: string | undefined;
  /** The Markdown after the frontmatter. */
  body: string;
}

/** Renders and typesets one article for a site served at `base`. */
export function prepareArticle(article: ArticleSource, base: string): PreparedArticle {
  const html = renderArticleHtml(article.body, base);
  return {
    digest: article.digest,
    html,
    text: htmlText(html),
    title: typeset(article.title),
    lead: article.lead === undefined ? undefined : typeset(article.lead),
    summary: articleSummary(article.lead, html),
  };
}
