/**
 * The text of an article body as its page shows it, for the search index: the Markdown
 * rendered with the article pipeline (typeset, raw HTML as text), reduced to plain text.
 * The index is built from the content while Astro renders the pages, so it cannot read the
 * pages' HTML; rendering the same Markdown the same way gives the same words.
 */
import { markdownToHtml } from 'satteri';
import {
  articleHastPlugins,
  articleMarkdownFeatures,
  articleMdastPlugins,
} from '../markdown/article-markdown-options.ts';
import { htmlText } from '../markdown/html-text.ts';

/** The rendered body of one article as plain text, blocks separated by blank lines. */
export function articleBodyText(markdown: string): string {
  const { html } = markdownToHtml(markdown, {
    mdastPlugins: articleMdastPlugins,
    hastPlugins: articleHastPlugins,
    features: { ...articleMarkdownFeatures, frontmatter: false },
  });
  return htmlText(html);
}
