/**
 * Russian typesetting of rendered text with Typograf: «ёлочки», an em dash for a spaced
 * hyphen, no-break spaces after short words and before units. Applied at render time only;
 * the Markdown source keeps the text as the editor wrote it.
 */
import Typograf from 'typograf';

const typograf = new Typograf({ locale: ['ru', 'en-US'], htmlEntity: { type: 'default' } });
// Typograf would otherwise turn (c), 1/2 and the like into symbols: that changes wording.
typograf.disableRule(['common/symbols/*', 'common/number/fraction', 'common/punctuation/apostrophe']);

/** Typesets one string of plain text (no HTML). */
export function typeset(text: string): string {
  return typesetRun([text])[0] ?? text;
}

/**
 * Typesets the text pieces of one block (a paragraph split by inline markup such as
 * emphasis or links) as one text, so a quotation that spans `<em>` still gets matching
 * «ёлочки», and returns the pieces in the same order.
 */
export function typesetRun(pieces: readonly string[]): string[] {
  const joined = pieces.map((piece) => piece.replaceAll(BOUNDARY, '')).join(BOUNDARY);
  const result = typograf.execute(joined).split(BOUNDARY);
  return result.length === pieces.length ? result : [...pieces];
}

/** A control character that never occurs in text and that Typograf's rules see through. */
const BOUNDARY = '\u0001';
