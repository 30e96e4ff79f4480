/**
 * Control characters other than tab and line breaks: NUL, BEL, ESC, DEL and the C1 range.
 * Copy-paste from terminals, old CMSes and PDFs brings them; they are invisible on a page but
 * make an RSS feed malformed XML and put NUL bytes in pages. The import removes them
 * (clean-text.ts); validation refuses them, naming the character and where it is.
 */

/** One control character that is neither a tab nor a line break (CR is one: CRLF files). */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
export const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;
/** The same, every occurrence. */
export const CONTROL_CHARACTERS = new RegExp(CONTROL_CHARACTER.source, 'gu');

const C0_NAMES = (
  'NUL SOH STX ETX EOT ENQ ACK BEL BS HT LF VT FF CR SO SI ' +
  'DLE DC1 DC2 DC3 DC4 NAK SYN ETB CAN EM SUB ESC FS GS RS US'
).split(' ');

/** `U+0007 (BEL)`. */
export function describeControlCharacter(character: string): string {
  const code = character.codePointAt(0) ?? 0;
  const name = code < 0x20 ? C0_NAMES[code] : code === 0x7f ? 'DEL' : undefined;
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}${name ? ` (${name})` : ''}`;
}

/**
 * What validation says about a control character in `text`, or `undefined` when there is none.
 * With `firstLine` (the file's line `text` starts on) the place is given as a line of the file.
 */
export function controlCharacterProblem(
  text: string,
  firstLine?: number,
): { message: string; fix: string } | undefined {
  const found = CONTROL_CHARACTER.exec(text);
  if (!found) return undefined;
  const before = text.slice(0, found.index);
  const line = before.split('\n').length;
  const column = found.index - before.lastIndexOf('\n');
  const count = text.match(CONTROL_CHARACTERS)?.length ?? 1;
  const where =
    firstLine !== undefined ? `line ${firstLine + line - 1}, character ${column}` : `character ${column}`;
  return {
    message: `holds the invisible control character ${describeControlCharacter(found[0])} at ${where}${count > 1 ? ` (and ${count - 1} more)` : ''}`,
    fix: 'delete it (retype the words around it), or import the text again: npm run import removes such characters',
  };
}
