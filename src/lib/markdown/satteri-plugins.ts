/**
 * Sätteri plugins for article Markdown: raw HTML is shown as text, never run, a link or image
 * to anything but http, https, mailto or a relative address is shown as text, and text is
 * typeset the Russian way. All run inside Astro's native Markdown processor.
 */
import { defineHastPlugin, defineMdastPlugin } from 'satteri';
import { isSafeUrl } from './safe-url.ts';
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
 * A link whose address is not safe (`javascript:`, `data:`, `vbscript:`, disguised or not, see
 * safe-url.ts) becomes its text; such an image becomes its alt text. Inline links, autolinks,
 * reference links and images all arrive here as `a` and `img` elements.
 */
export const safeLinks = defineHastPlugin({
  name: 'letopis-safe-links',
  element: {
    filter: ['a', 'img'],
    visit(node, ctx) {
      const link = node.tagName === 'a';
      const url = node.properties[link ? 'href' : 'src'];
      if (url === undefined || (typeof url === 'string' && isSafeUrl(url))) return;
      const alt = node.properties['alt'];
      ctx.replaceNode(
        node,
        link ? [...node.children] : [{ type: 'text', value: typeof alt === 'string' ? alt : '' }],
      );
    },
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
