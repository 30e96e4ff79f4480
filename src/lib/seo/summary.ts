/**
 * The short plain-text summary of an article that feeds and link previews show: its lead, or
 * else the first paragraph of its body.
 */
import { firstParagraphText } from '../markdown/html-text.ts';
import { typeset } from '../typography.ts';

/**
 * The lead when there is one, else the rendered body's first paragraph; typeset, no markup.
 * The body may be given as a function, called only when there is no lead.
 */
export function articleSummary(
  lead: string | undefined,
  renderedHtml: string | (() => string) | undefined,
): string {
  const html = () => (typeof renderedHtml === 'function' ? renderedHtml() : (renderedHtml ?? ''));
  const text = lead ?? firstParagraphText(html());
  return typeset(text.replace(/\s+/g, ' ').trim());
}
