/**
 * The project's own reading of Markdown files (validation, plain text, import): remark with
 * GFM and YAML frontmatter. Rendering is Astro's job; this is for checking and extracting.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import { toString } from 'mdast-util-to-string';
import type { Root } from 'mdast';

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);

/** A Markdown file split into its YAML frontmatter (unparsed) and its body tree. */
export interface MarkdownDocument {
  /** The YAML between the `---` fences, or `undefined` when the file has none. */
  frontmatter: string | undefined;
  /** The body as an mdast tree, frontmatter removed. */
  body: Root;
}

/** Parses a Markdown file with GFM and YAML frontmatter. */
export function parseMarkdown(source: string): MarkdownDocument {
  const tree = parser.parse(source);
  const first = tree.children[0];
  const frontmatter = first?.type === 'yaml' ? first.value : undefined;
  const body: Root = {
    type: 'root',
    children: tree.children.filter((node) => node.type !== 'yaml'),
  };
  return { frontmatter, body };
}

/** The readable text of a Markdown body, paragraphs separated by blank lines. */
export function plainText(body: Root): string {
  return body.children
    .map((node) => toString(node, { includeHtml: false }).trim())
    .filter((paragraph) => paragraph.length > 0)
    .join('\n\n');
}
