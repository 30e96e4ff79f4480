/**
 * The text of an article body as its page shows it, for the search index: the HTML the page
 * renders (render-article.ts) reduced to plain text. The index is built from the content
 * while Astro renders the pages, so it cannot read the pages' HTML; it renders the same
 * Markdown with the same function instead.
 */
import { renderArticleHtml } from '../markdown/render-article.ts';
import { htmlText } from '../markdown/html-text.ts';

/** The rendered body of one article as plain text, blocks separated by blank lines. */
export function articleBodyText(markdown: string): string {
  return htmlText(renderArticleHtml(markdown, '/'));
}
