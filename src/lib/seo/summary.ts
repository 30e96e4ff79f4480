/**
 * The short plain-text summary of an article that feeds and link previews show: its lead, or
 * else the first paragraph of its body.
 */
import { firstParagraphText } from '../markdown/html-text.ts';
import { typeset } from '../typography.ts';

/** The lead when there is one, else the rendered body's first paragraph; typeset, no markup. */
export function articleSummary(lead: string | undefined, renderedHtml: string | undefined): string {
  const text = lead ?? firstParagraphText(renderedHtml ?? '');
  return typeset(text.replace(/\s+/g, ' ').trim());
}
