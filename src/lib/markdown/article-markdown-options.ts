/**
 * How article Markdown is turned into HTML, in one place: render-article.ts renders every body
 * with it, for the article's page and for the text the search index reads, so what a reader
 * finds is what the page says. Astro's own Markdown pipeline renders nothing here: no page is
 * Markdown and the content store holds no body, so astro.config.mjs does not configure it.
 */
import type { Features } from 'satteri';
import { ui } from '../../i18n/ru.ts';
import { escapeRawHtml, russianTypography, safeLinks } from './satteri-plugins.ts';

/** Sätteri's features for articles: GFM with Russian footnote labels, no English quotes. */
export const articleMarkdownFeatures = {
  // Smart quotes are English-only; Typograf sets Russian ones at render time instead.
  smartPunctuation: false,
  gfm: { footnotes: { label: ui.footnotesLabel, backLabel: ui.footnoteBackLabel } },
} satisfies Features;

/** Raw HTML is shown as text, never run. */
export const articleMdastPlugins = [escapeRawHtml];

/**
 * Unsafe links and images shown as text; «ёлочки», em dashes and no-break spaces. Pages add
 * their base to links before these.
 */
export const articleHastPlugins = [safeLinks, russianTypography];
