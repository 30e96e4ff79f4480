/**
 * The plain text of every article body, kept between builds in Astro's cache folder and keyed
 * by the article file's digest: rendering and typesetting 20,000 bodies takes the better part
 * of a minute, and a rebuild after one new article needs one. The cache is dropped whole when
 * the code that makes the text changes (its source files are part of the key).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ContentArticle } from '../lib/content/read-content.ts';
import { articleBodyText } from '../lib/search/body-text.ts';
import { packageVersion } from './package-version.ts';

/** The modules whose code decides an article's text, relative to this file. */
const TEXT_PIPELINE = [
  '../lib/search/body-text.ts',
  '../lib/markdown/article-markdown-options.ts',
  '../lib/markdown/satteri-plugins.ts',
  '../lib/markdown/typeset-hast.ts',
  '../lib/markdown/task-list.ts',
  '../lib/markdown/html-text.ts',
  '../lib/typography.ts',
];
/** The packages whose version decides it. */
const TEXT_PACKAGES = ['typograf', 'satteri'];

interface CacheFile {
  pipeline: string;
  texts: Record<string, string>;
}

function pipelineDigest(): string {
  const hash = createHash('sha256');
  for (const module of TEXT_PIPELINE)
    hash.update(readFileSync(fileURLToPath(new URL(module, import.meta.url))));
  for (const name of TEXT_PACKAGES) hash.update(`${name}@${packageVersion(name)}`);
  return hash.digest('hex');
}

/**
 * The body text of each article (by id), from the cache where the file is unchanged; the
 * cache is rewritten with exactly these articles, atomically.
 */
export function bodyTexts(
  articles: readonly ContentArticle[],
  cacheFile: string,
): { texts: Map<string, string>; rendered: number } {
  const pipeline = pipelineDigest();
  let cached: Record<string, string> = {};
  try {
    const file = JSON.parse(readFileSync(cacheFile, 'utf8')) as CacheFile;
    if (file.pipeline === pipeline) cached = file.texts;
  } catch {
    // No cache yet, or an unreadable one: every text is rendered again.
  }
  const texts = new Map<string, string>();
  const next: Record<string, string> = {};
  let rendered = 0;
  for (const article of articles) {
    let text = cached[article.digest];
    if (text === undefined) {
      text = articleBodyText(article.body);
      rendered += 1;
    }
    texts.set(article.id, text);
    next[article.digest] = text;
  }
  mkdirSync(dirname(cacheFile), { recursive: true });
  const temporary = join(dirname(cacheFile), `.${process.pid}.body-text.tmp`);
  writeFileSync(temporary, JSON.stringify({ pipeline, texts: next } satisfies CacheFile));
  renameSync(temporary, cacheFile);
  return { texts, rendered };
}
