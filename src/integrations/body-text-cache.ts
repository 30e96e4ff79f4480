/**
 * The plain text of every article body, kept between builds in Astro's cache folder and keyed
 * by the article file's digest: rendering and typesetting 20,000 bodies takes the better part
 * of a minute, and a rebuild after one new article needs one. The cache is dropped whole when
 * the code that makes the text changes (its source files are part of the key).
 */
import type { ContentArticle } from '../lib/content/read-content.ts';
import { articleBodyText } from '../lib/search/body-text.ts';
import { codeDigest } from '../lib/code-digest.ts';
import { JsonCache } from '../lib/json-cache.ts';

/** The code that decides an article's text: these modules, and the packages they use. */
const TEXT_PIPELINE = [
  '../lib/search/body-text.ts',
  '../lib/markdown/article-markdown-options.ts',
  '../lib/markdown/satteri-plugins.ts',
  '../lib/markdown/typeset-hast.ts',
  '../lib/markdown/task-list.ts',
  '../lib/markdown/html-text.ts',
  '../lib/typography.ts',
].map((module) => new URL(module, import.meta.url));

/**
 * The body text of each article (by id), from the cache where the file is unchanged; the
 * cache is rewritten with exactly these articles.
 */
export function bodyTexts(
  articles: readonly ContentArticle[],
  cacheFile: string,
): { texts: Map<string, string>; rendered: number } {
  const cache = new JsonCache<string>(cacheFile, codeDigest(TEXT_PIPELINE, ['typograf', 'satteri']));
  const texts = new Map<string, string>();
  let rendered = 0;
  for (const article of articles) {
    let text = cache.get(article.digest);
    if (text === undefined) {
      text = articleBodyText(article.body);
      rendered += 1;
    }
    texts.set(article.id, text);
    cache.set(article.digest, text);
  }
  cache.save();
  return { texts, rendered };
}
