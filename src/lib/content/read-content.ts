/**
 * Reads the content folder outside of Astro: the people, places and sources lists and every
 * published article with its frontmatter parsed and its Markdown body. The search index is
 * built from this while Astro renders the pages (it runs in a worker, where Astro's content
 * layer is out of reach). It expects content that `validateContent` accepted, and throws on
 * anything it cannot read rather than indexing half an archive.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'astro/zod';
import { articleSchema } from '../../schemas/article.ts';
import { personSchema, type Person } from '../../schemas/person.ts';
import { placeSchema, type Place } from '../../schemas/place.ts';
import { sourceSchema, type Source } from '../../schemas/source.ts';
import { splitFrontmatter } from '../markdown/front-matter.ts';

/** An article's frontmatter after its schema: dates parsed, references as plain ids. */
export type ArticleData = z.infer<typeof articleSchema>;

/** One published article as read from its file. */
export interface ContentArticle {
  /** The dated path without `.md`, `2022/05/12-slug`: the id Astro gives the entry. */
  id: string;
  data: ArticleData;
  /** The Markdown after the frontmatter. */
  body: string;
  /** SHA-1 of the whole file: what a cache of anything derived from the file is keyed by. */
  digest: string;
}

/** The whole content folder. */
export interface ContentSnapshot {
  people: Map<string, Person>;
  places: Map<string, Place>;
  sources: Map<string, Source>;
  /** Published articles (drafts left out), in path order. */
  articles: ContentArticle[];
}

/**
 * The digest of an article file, hex SHA-1 of its text: the content store keeps it on the
 * entry and every cache of something made from the file is keyed by it.
 */
export function fileDigest(source: string): string {
  return createHash('sha1').update(source).digest('hex');
}

/** Whether a path under the articles folder is an article: Markdown, nothing starting with `_`. */
export function isArticleFile(relativePath: string): boolean {
  return relativePath.endsWith('.md') && !relativePath.split('/').some((part) => part.startsWith('_'));
}

/** Article files under `<root>/articles`, relative to that folder (with `/`), in path order. */
export function listArticleFiles(articlesRoot: string): string[] {
  if (!existsSync(articlesRoot)) return [];
  return readdirSync(articlesRoot, { recursive: true, encoding: 'utf8' })
    .map((name) => name.split('\\').join('/'))
    .filter(isArticleFile)
    .sort();
}

/** Reads and parses the content folder; throws naming the file on anything unreadable. */
export function readContent(contentRoot: string): ContentSnapshot {
  const articlesRoot = join(contentRoot, 'articles');
  const articles: ContentArticle[] = [];
  for (const file of listArticleFiles(articlesRoot)) {
    const source = readFileSync(join(articlesRoot, file), 'utf8');
    const { frontmatter, body } = splitFrontmatter(source);
    const data = parsed(articleSchema, parseYaml(frontmatter ?? ''), `articles/${file}`);
    if (data.draft) continue;
    articles.push({
      id: file.replace(/\.md$/, ''),
      data,
      body,
      digest: fileDigest(source),
    });
  }
  return {
    people: entities(contentRoot, 'people', personSchema),
    places: entities(contentRoot, 'places', placeSchema),
    sources: entities(contentRoot, 'sources', sourceSchema),
    articles,
  };
}

function entities<T extends { id: string }>(
  contentRoot: string,
  collection: string,
  schema: z.ZodType<T>,
): Map<string, T> {
  const file = `${collection}.yaml`;
  const list: unknown = parseYaml(readFileSync(join(contentRoot, file), 'utf8'));
  if (!Array.isArray(list)) throw new Error(`${file}: must be a YAML list; run "npm run check"`);
  const all = list.map((entry, index) => parsed(schema, entry, `${file} [${index}]`));
  return new Map(all.map((entity) => [entity.id, entity]));
}

function parsed<T>(schema: z.ZodType<T>, value: unknown, where: string): T {
  const result = schema.safeParse(value ?? {});
  if (!result.success)
    throw new Error(`${where}: ${result.error.issues[0]?.message ?? 'invalid'}; run "npm run check"`);
  return result.data;
}
