/**
 * The content the build read and checked at `astro:config:setup` (content-guard.ts), kept for
 * the rest of the process: the search job takes the checked snapshot, Astro's articles loader
 * the parsed files, and the pages their article bodies. What a step takes is dropped here, so
 * the frontmatter is not held twice while the pages render; the bodies stay (a page renders one
 * when the search job has not). One registry per process, on `globalThis`: the integrations
 * and the loader and pages that Astro loads are separate module instances.
 */
import { readArticleFile, type ArticleFile } from './article-file.ts';
import type { ContentFiles, ContentSnapshot } from './read-content.ts';
import type { TextPool, TextRef } from './text-pool.ts';

/** What the content guard read and what passed its checks. */
export interface PublishedContent {
  files: ContentFiles;
  /** The checked content (none when the files were read without the guard). */
  content?: ContentSnapshot | undefined;
}

interface Registry {
  articlesRoot: string | undefined;
  texts: TextPool | undefined;
  /** The parsed files, until the loader takes them. */
  articles: ArticleFile[] | undefined;
  /** The checked content, until the search job takes it. */
  content: ContentSnapshot | undefined;
  /** Each article's body by id, kept current by the loader in `astro dev`. */
  bodies: Map<string, { digest: string; body: TextRef }>;
}

const KEY = Symbol.for('letopis.content-registry');

function registry(): Registry {
  const global = globalThis as { [KEY]?: Registry };
  global[KEY] ??= {
    articlesRoot: undefined,
    texts: undefined,
    articles: undefined,
    content: undefined,
    bodies: new Map(),
  };
  return global[KEY];
}

/** Keeps the content of this build for its other steps. */
export function publishContent({ files, content }: PublishedContent): void {
  Object.assign(registry(), {
    articlesRoot: files.articlesRoot,
    texts: files.texts,
    articles: files.articles,
    content,
    bodies: new Map(files.articles.map(({ id, digest, body }) => [id, { digest, body }])),
  });
}

/** The checked content of the folder whose articles are at `articlesRoot`, for one taker. */
export function takeContent(articlesRoot: string): ContentSnapshot | undefined {
  const current = registry();
  if (current.articlesRoot !== articlesRoot) return undefined;
  const { content } = current;
  current.content = undefined;
  return content;
}

/** The article files read from `articlesRoot` (absolute), for one taker. */
export function takeArticles(articlesRoot: string): ArticleFile[] | undefined {
  const current = registry();
  if (current.articlesRoot !== articlesRoot) return undefined;
  const { articles } = current;
  current.articles = undefined;
  return articles;
}

/** Reads `file` again (`astro dev`: it changed) and keeps its body in place of the old one. */
export function rereadArticleFile(file: string): ArticleFile {
  const { articlesRoot, texts, bodies } = registry();
  if (articlesRoot === undefined || texts === undefined)
    throw new Error(`${file} was read again before the content was`);
  const article = readArticleFile(articlesRoot, file, texts);
  bodies.set(article.id, { digest: article.digest, body: article.body });
  return article;
}

/** Forgets an article file that was deleted. */
export function forgetArticleFile(id: string): void {
  registry().bodies.delete(id);
}

/** The Markdown body of the article `id` as read from the file with `digest`, if it was. */
export function registeredBody(id: string, digest: string): string | undefined {
  const { texts, bodies } = registry();
  const article = bodies.get(id);
  return texts && article?.digest === digest ? texts.text(article.body) : undefined;
}
