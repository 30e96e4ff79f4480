/**
 * Sätteri plugins for article Markdown: raw HTML is shown as text, never run, and text is
 * typeset the Russian way. Both run inside Astro's native Markdown processor.
 */
import { defineHastPlugin, defineMdastPlugin } from 'satteri';
import { TEXT_BLOCKS, typesetElement } from './typeset-hast.ts';

/** Raw HTML in an article (`<script>`, `<img onerror>`) becomes visible text, not markup. */
export const escapeRawHtml = defineMdastPlugin({
  name: 'letopis-escape-raw-html',
  html(node, ctx) {
    ctx.replaceNode(node, { type: 'text', value: node.value });
  },
});

/** «ёлочки», em dashes and no-break spaces in every block of rendered text. */
export const russianTypography = defineHastPlugin({
  name: 'letopis-russian-typography',
  element: {
    filter: TEXT_BLOCKS,
    visit: (node) => typesetElement(node),
  },
});
