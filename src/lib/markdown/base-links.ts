/**
 * Root-relative links written inside articles (`[Лавров](/people/sergey-lavrov/)`) point at
 * the site root, which is wrong under a sub-path deploy. Astro adds `base` to none of them, so
 * the Markdown pipeline does it: the article stays base-agnostic, the page gets `/letopis/…`.
 */
import { defineHastPlugin } from 'satteri';
import { joinBase } from '../join-base.ts';

/** `url` with `base` in front when it is root-relative (`/x`, not `//host/x` nor `x`). */
export function withBase(url: string, base: string): string {
  if (!url.startsWith('/') || url.startsWith('//') || url.startsWith('/\\')) return url;
  return joinBase(base, url);
}

/** The URL attribute of each element Markdown produces that can point into the site. */
const URL_ATTRIBUTES: Readonly<Record<string, string>> = { a: 'href', img: 'src' };

/** A Sätteri hast plugin giving root-relative links and images the base; none for base `/`. */
export function baseLinks(base: string) {
  if (base === '/') return null;
  return defineHastPlugin({
    name: 'letopis-base-links',
    element: {
      filter: Object.keys(URL_ATTRIBUTES),
      visit(node, ctx) {
        const attribute = URL_ATTRIBUTES[node.tagName];
        const value = attribute === undefined ? undefined : node.properties[attribute];
        if (attribute === undefined || typeof value !== 'string') return;
        const prefixed = withBase(value, base);
        if (prefixed !== value) ctx.setProperty(node, attribute, prefixed);
      },
    },
  });
}
