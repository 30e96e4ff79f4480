/**
 * Writes an article file: YAML frontmatter (`yaml`) and the text as Markdown paragraphs.
 * The text is plain prose, so everything Markdown would read as syntax — a line starting
 * with `1.`, `#`, `*`, `>` or `<`, emphasis marks, brackets, entities — is escaped by
 * `mdast-util-to-markdown` (with the GFM extensions Astro's Markdown uses), and the result
 * is parsed back to prove that the rendered text is the text that came in.
 */
import { stringify } from 'yaml';
import { toMarkdown } from 'mdast-util-to-markdown';
import { gfmToMarkdown } from 'mdast-util-gfm';
import type { Root } from 'mdast';
import { parseMarkdown, plainText } from '../markdown/parse.ts';

/** The frontmatter of a new article, with references as ids. */
export interface ArticleFrontmatter {
  title: string;
  /** `YYYY-MM-DD` or an ISO date-time with offset, as given. */
  date: string;
  source: string;
  sourceUrl?: string | undefined;
  lead?: string | undefined;
  people: string[];
  places: string[];
}

/** The whole `.md` file for an article whose text is `paragraphs` (plain text, not Markdown). */
export function articleMarkdown(frontmatter: ArticleFrontmatter, paragraphs: readonly string[]): string {
  return withFrontmatter(frontmatter, markdownBody(paragraphs));
}

/** A Markdown body (from `markdownBody`) with its frontmatter on top. */
export function withFrontmatter(frontmatter: ArticleFrontmatter, body: string): string {
  const { title, date, source, sourceUrl, lead, people, places } = frontmatter;
  // Field order as in the seed article; empty and missing fields are left out.
  const fields: Record<string, unknown> = { title, date, source };
  if (sourceUrl) fields['sourceUrl'] = sourceUrl;
  if (lead) fields['lead'] = lead;
  if (people.length > 0) fields['people'] = people;
  if (places.length > 0) fields['places'] = places;
  const yaml = stringify(fields, { lineWidth: 0 });
  return `---\n${yaml}---\n\n${body}`;
}

/** Plain-text paragraphs as Markdown that renders back to exactly that text. */
export function markdownBody(paragraphs: readonly string[]): string {
  const tree: Root = {
    type: 'root',
    children: paragraphs.map((text) => ({ type: 'paragraph', children: [{ type: 'text', value: text }] })),
  };
  const markdown = toMarkdown(tree, { extensions: [gfmToMarkdown()], bullet: '-', emphasis: '_' });
  const readBack = plainText(parseMarkdown(markdown).body);
  const expected = paragraphs.join('\n\n');
  if (readBack !== expected) {
    throw new Error(
      `the text cannot be written as Markdown without changing it (read back: ${JSON.stringify(readBack.slice(0, 80))})`,
    );
  }
  return markdown;
}
