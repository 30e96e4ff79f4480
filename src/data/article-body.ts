/**
 * The rendered body of an archive article, read from its file when a page needs it: the
 * content store keeps only frontmatter (src/loaders/article-files.ts), so a build renders the
 * bodies of the pages it builds and a rebuild renders only those it rebuilds.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { base } from 'astro:config/client';
import { root } from 'astro:config/server';
import type { ArchiveArticle } from './archive.ts';
import { splitFrontmatter } from '../lib/markdown/front-matter.ts';
import { renderArticleHtml } from '../lib/markdown/render-article.ts';

/** The HTML of the article's body, for this build's base. */
export function articleHtml(article: ArchiveArticle): string {
  const { filePath } = article.entry;
  if (!filePath) throw new Error(`the article ${article.id} has no file in the content store`);
  const source = readFileSync(fileURLToPath(new URL(filePath, root)), 'utf8');
  return renderArticleHtml(splitFrontmatter(source).body, base);
}
