/**
 * Renders an article's Markdown body to the HTML its page shows, with the article pipeline of
 * article-markdown-options.ts: GFM with Russian footnote labels, raw HTML as text, the base in
 * front of root-relative links, Russian typesetting and heading anchors. Pages render bodies
 * when they are built (the content store keeps no HTML), and the search index reads the text
 * of the same HTML, so what a reader finds is what the page says.
 */
import { satteriHeadingIdsPlugin } from '@astrojs/markdown-satteri';
import { markdownToHtml } from 'satteri';
import {
  articleHastPlugins,
  articleMarkdownFeatures,
  articleMdastPlugins,
} from './article-markdown-options.ts';
import { baseLinks } from './base-links.ts';

/** The HTML of one article body (Markdown without its frontmatter) for a site at `base`. */
export function renderArticleHtml(markdown: string, base: string): string {
  const result = markdownToHtml(markdown, {
    mdastPlugins: articleMdastPlugins,
    // Links get the base first, so the typesetting sees the final attributes; anchors last,
    // from the typeset text, as Astro's own Markdown pipeline makes them.
    hastPlugins: [baseLinks(base), ...articleHastPlugins, satteriHeadingIdsPlugin()],
    features: { ...articleMarkdownFeatures, frontmatter: false },
  });
  // Every plugin here is synchronous, so Sätteri answers at once; a promise means one is not.
  if (result instanceof Promise) throw new Error('an article Markdown plugin became asynchronous');
  return result.html;
}
