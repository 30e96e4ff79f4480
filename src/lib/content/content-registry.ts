/**
 * The content the build read and checked at `astro:config:setup` (content-guard.ts), kept for
 * the rest of the process: Astro's articles loader takes its entries from it, the search job its
 * snapshot, the pages their article bodies. One registry per process, on `globalThis`: the
 * integrations and the loader and pages that Astro loads are separate module instances.
 */
import { readArticleFile, type ArticleFile } from './article-file.ts';
import type { ContentFiles, ContentSnapshot } from './read-content.ts';

/** What the content guard read and what passed its checks. */
export interface PublishedContent {
  files: ContentFiles;
  /** The checked content (none when the files were read without the guard). */
  content?: ContentSnapshot | undefined;
}

interface Registry {
  published: PublishedContent | undefined;
  /** The article files by id, kept current by the loader in `astro dev`. */
  byId: Map<string, ArticleFile>;
}

const KEY = Symbol.for('letopis.content-registry');

function registry(): Registry {
  const global = globalThis as { [KEY]?: Registry };
  global[KEY] ??= { published: undefined, byId: new Map() };
  return global[KEY];
}

/** Keeps the content of this build for its other steps. */
export function publishContent(published: PublishedContent): void {
  const current = registry();
  current.published = published;
  current.byId = new Map(published.files.articles.map((article) => [article.id, article]));
}

/** The content read from the folder `root` (absolute), if this process read it. */
export function publishedContent(root: string): PublishedContent | undefined {
  const { published } = registry();
  return published?.files.root === root ? published : undefined;
}

/** The article files read from the folder `articlesRoot` (absolute), if this process read them. */
export function publishedArticles(articlesRoot: string): ArticleFile[] | undefined {
  const { published } = registry();
  return published?.files.articlesRoot === articlesRoot ? published.files.articles : undefined;
}

/** Reads `file` again (`astro dev`: it changed) and keeps it in place of the old one. */
export function rereadArticleFile(file: string): ArticleFile {
  const { published, byId } = registry();
  if (!published) throw new Error(`${file} was read again before the content was`);
  const article = readArticleFile(published.files.articlesRoot, file, published.files.texts);
  byId.set(article.id, article);
  return article;
}

/** Forgets an article file that was deleted. */
export function forgetArticleFile(id: string): void {
  registry().byId.delete(id);
}

/** The Markdown body of the article `id` as read from the file with `digest`, if it was. */
export function registeredBody(id: string, digest: string): string | undefined {
  const { published, byId } = registry();
  const article = byId.get(id);
  return published && article?.digest === digest ? published.files.texts.text(article.body) : undefined;
}
