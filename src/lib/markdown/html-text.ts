/**
 * The readable text of an article's rendered HTML. Astro keeps the rendered body of every
 * article but not its Markdown source (the store would hold each article twice), so summaries
 * and search records read the text from the HTML, already typeset.
 */
import { Parser } from 'htmlparser2';

/** One top-level block of the body: its tag and its text, entities decoded, spaces collapsed. */
export interface TextBlock {
  tag: string;
  text: string;
}

/** The top-level blocks of a rendered body, in order; empty blocks are left out. */
export function textBlocks(html: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  let depth = 0;
  let tag = '';
  let text = '';
  // Footnote reference numbers are links, not words of the sentence.
  let skipDepth = Number.POSITIVE_INFINITY;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (depth === 0) {
          tag = name;
          text = '';
        }
        depth += 1;
        if ('data-footnote-ref' in attributes && depth < skipDepth) skipDepth = depth;
      },
      ontext(chunk) {
        if (depth > 0 && depth < skipDepth) text += chunk;
      },
      onclosetag() {
        if (depth === skipDepth) skipDepth = Number.POSITIVE_INFINITY;
        depth -= 1;
        if (depth === 0) {
          // Only HTML's own white space: the no-break spaces typesetting put in are kept.
          const flat = text.replace(/[ \t\n\r\f]+/g, ' ').trim();
          if (flat.length > 0) blocks.push({ tag, text: flat });
        }
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  return blocks;
}

/** The whole body as plain text, blocks separated by blank lines. */
export function htmlText(html: string): string {
  return textBlocks(html)
    .map((block) => block.text)
    .join('\n\n');
}

/** The text of the body's first top-level paragraph, or `''`. */
export function firstParagraphText(html: string): string {
  return textBlocks(html).find((block) => block.tag === 'p')?.text ?? '';
}
