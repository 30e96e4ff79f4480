/**
 * Sätteri plugins for article Markdown: raw HTML is shown as text, never run, and text is
 * typeset the Russian way. Both run inside Astro's native Markdown processor.
 */
import { defineHastPlugin, defineMdastPlugin } from 'satteri';
import { TEXT_BLOCKS, typesetElement } from './typeset-hast.ts';
import { labelTaskListItem } from './task-list.ts';

/** Raw HTML in an article (`<script>`, `<img onerror>`) becomes visible text, not markup. */
export const escapeRawHtml = defineMdastPlugin({
  name: 'letopis-escape-raw-html',
  html(node, ctx) {
    ctx.replaceNode(node, { type: 'text', value: node.value });
  },
});

/**
 * «ёлочки», em dashes and no-break spaces in every block of rendered text; a task-list
 * checkbox gets its item's text as its label (one visit, as Sätteri drops a second
 * replacement of the same node).
 */
export const russianTypography = defineHastPlugin({
  name: 'letopis-russian-typography',
  element: {
    filter: TEXT_BLOCKS,
    visit: (node) => labelTaskListItem(typesetElement(node)),
  },
});
