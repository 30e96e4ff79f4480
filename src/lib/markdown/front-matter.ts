/**
 * Splitting a Markdown file into frontmatter and body without parsing the body: validation
 * reads every article on every build, and a full Markdown parse of each one is most of its
 * cost. The rules are remark-frontmatter's: a `---` line first, the YAML, a closing `---` line.
 */
import { parseMarkdown, plainText } from './parse.ts';

/** A Markdown file's YAML frontmatter (unparsed) and its body (unparsed). */
export interface SplitMarkdown {
  /** The YAML between the fences, `''` for an empty block, `undefined` when there is none. */
  frontmatter: string | undefined;
  /** Everything after the closing fence (or the whole file without frontmatter). */
  body: string;
}

const FENCED = /^---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/;

/** Splits off the frontmatter block, if the file starts with one. */
export function splitFrontmatter(source: string): SplitMarkdown {
  const match = FENCED.exec(source);
  if (!match) return { frontmatter: undefined, body: source };
  return { frontmatter: match[1] ?? '', body: source.slice(match[0].length) };
}

// A line starting with a letter or digit is a paragraph (or text inside a block): readable text.
const TEXT_LINE = /^[ \t]{0,3}[\p{L}\p{N}]/mu;

/**
 * Whether a Markdown body has any readable text. Most bodies answer on the first line; only
 * bodies made of markup alone (comments, rules, empty lists) are parsed to be sure.
 */
export function hasText(markdownBody: string): boolean {
  if (TEXT_LINE.test(markdownBody)) return true;
  return plainText(parseMarkdown(markdownBody).body).length > 0;
}
