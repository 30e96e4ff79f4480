/**
 * The typeset text of every article (body, title, lead) for its search record, kept between
 * builds in Astro's cache folder and keyed by the article file's digest: rendering and
 * typesetting 20,000 articles takes the better part of a minute, and a rebuild after one new
 * article needs one. An article rendered here is also handed to `onPrepared`, so the build's
 * pages can show it without rendering it again, and kept in the store of prepared articles
 * (prepared-article-store.ts) for the pages of later builds. The cache is dropped whole when the code that
 * makes the text changes: any module prepare-article.ts imports, or a package they use.
 */
import { join } from 'node:path';
import type { ContentArticle } from '../../lib/content/read-content.ts';
import type { TextPool } from '../../lib/content/text-pool.ts';
import { codeDigest } from '../../lib/code-digest.ts';
import type { Warn } from '../../lib/cache-file.ts';
import { JsonCache } from '../../lib/json-cache.ts';
import { forPage, prepareArticle, type PreparedArticle } from '../../lib/markdown/prepare-article.ts';
import { PreparedArticleStore } from '../../lib/markdown/prepared-article-store.ts';
import type { ArticleText } from './content-records.ts';

/** The module that makes an article's text: the cache's code is what it imports (code-digest.ts). */
const PREPARE_ARTICLE = new URL('../../lib/markdown/prepare-article.ts', import.meta.url);

/** The store of prepared articles under the search job's cache folder, for this code. */
export function preparedArticleStore(cacheRoot: string): PreparedArticleStore {
  return new PreparedArticleStore(join(cacheRoot, 'prepared', codeDigest([PREPARE_ARTICLE])));
}

/**
 * The text of each article (by id), from the cache where the file is unchanged, else rendered
 * for `base` in the order given (the order the pages are built in, so they find theirs ready)
 * from its body in `bodies`; the cache is rewritten with exactly these articles.
 */
export function articleTexts(
  articles: readonly ContentArticle[],
  bodies: TextPool,
  options: {
    cacheFile: string;
    base: string;
    onPrepared?: (id: string, article: PreparedArticle) => void;
    /** Where each article rendered is kept for the pages of later builds; one missing there is rendered. */
    store?: PreparedArticleStore;
    /** Told when the cache file is damaged (every text is rendered again). */
    warn?: Warn;
  },
): { texts: Map<string, ArticleText>; rendered: number } {
  const cache = new JsonCache<ArticleText>(
    options.cacheFile,
    codeDigest([PREPARE_ARTICLE]),
    options.warn,
    'every article text is rendered again',
  );
  const texts = new Map<string, ArticleText>();
  let rendered = 0;
  for (const article of articles) {
    let text = cache.get(article.digest);
    if (text === undefined || (options.store && !options.store.has(article.digest))) {
      const prepared = prepareArticle(
        {
          digest: article.digest,
          title: article.data.title,
          lead: article.data.lead,
          body: bodies.text(article.body),
        },
        options.base,
      );
      options.onPrepared?.(article.id, prepared);
      options.store?.put(forPage(prepared));
      text = { text: prepared.text, title: prepared.title, lead: prepared.lead };
      rendered += 1;
    }
    texts.set(article.id, text);
    cache.set(article.digest, text);
  }
  cache.save();
  options.store?.keepOnly(new Set(articles.map((article) => article.digest)));
  return { texts, rendered };
}
