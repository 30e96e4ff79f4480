/**
 * An article's HTML as a feed carries it (RSS `content:encoded`, JSON Feed `content_html`): the
 * page's own rendered body, with its picture on top and a link to the original below, and every
 * link made absolute. A feed reader shows the HTML away from the site, where `/people/x/` or
 * `#fn-1` would lead nowhere.
 */
import { escapeHtml } from './escape-html.ts';

/** The parts of an article a feed's HTML shows. */
export interface FeedHtmlParts {
  /** The rendered body, as the article's page shows it. */
  html: string;
  /** Absolute URL of the article's page, which relative links are resolved against. */
  url: string;
  image?: { url: string; width: number; height: number; alt: string; credit: string } | undefined;
  /** The original publication and the label of the link to it. */
  original?: { url: string; label: string } | undefined;
}

/** Every `href` and `src` in rendered HTML made absolute against `base`. */
export function absoluteUrls(html: string, base: string): string {
  // The renderer always quotes attributes with `"` and escapes `"` inside them.
  return html.replace(/\b(href|src)="([^"]*)"/g, (whole, name: string, value: string) => {
    if (/^[a-z][a-z0-9+.-]*:/i.test(value)) return whole;
    try {
      return `${name}="${new URL(value.replaceAll('&amp;', '&'), base).href.replaceAll('&', '&amp;')}"`;
    } catch {
      return whole;
    }
  });
}

/** The feed HTML of an article. */
export function feedHtml(parts: FeedHtmlParts): string {
  const figure = parts.image
    ? `<figure><img src="${escapeHtml(parts.image.url)}" width="${parts.image.width}" height="${parts.image.height}" alt="${escapeHtml(parts.image.alt)}"><figcaption>${escapeHtml(parts.image.credit)}</figcaption></figure>`
    : '';
  const original = parts.original
    ? `<p><a href="${escapeHtml(parts.original.url)}">${escapeHtml(parts.original.label)}</a></p>`
    : '';
  return `${figure}${absoluteUrls(parts.html, parts.url)}${original}`;
}
