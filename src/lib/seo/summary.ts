/**
 * The short plain-text summary of an article that feeds and link previews show: its lead, or
 * else the first paragraph of its body.
 */
import { parseMarkdown, plainText } from '../markdown/parse.ts';
import { typeset } from '../typography.ts';

/** The lead when there is one, else the body's first paragraph; typeset, no markup. */
export function articleSummary(lead: string | undefined, markdownBody: string | undefined): string {
  const text = lead ?? firstParagraph(markdownBody ?? '');
  return typeset(text.replace(/\s+/g, ' ').trim());
}

function firstParagraph(markdown: string): string {
  const { body } = parseMarkdown(markdown);
  const paragraph = body.children.find((node) => node.type === 'paragraph');
  return paragraph ? plainText({ type: 'root', children: [paragraph] }) : '';
}
