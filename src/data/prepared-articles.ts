/**
 * The prepared (rendered, typeset) form of each archive article for its page, its summary and
 * its feeds. The search job prepares every article it renders on the second core and posts it
 * to the build's main thread (src/search/build/search-job-thread.ts), which files it here; a page
 * takes it, or reads it from the store an earlier build left (a rebuild's job renders only new
 * and changed articles), or prepares the article itself when neither has it (`astro dev`) from
 * the body the content guard read (src/lib/content/content-registry.ts), never from the file.
 *
 * The integration and the pages are loaded as different module instances, so the shelf lives
 * on `globalThis` under a registered symbol; `prepared-article-shelf.ts` owns it.
 */
import { base } from 'astro:config/client';
import type { ArchiveArticle } from './archive.ts';
import { registeredBody, rereadArticleFile } from '../lib/content/content-registry.ts';
import { forPage, prepareArticle, type ArticleForPage } from '../lib/markdown/prepare-article.ts';
import { preparedArticleShelf } from '../lib/markdown/prepared-article-shelf.ts';

/**
 * The article as the search job prepared it, left on the shelf, or as an earlier build did,
 * kept in the store; undefined when neither has it.
 */
export function shelvedArticle(article: ArchiveArticle): ArticleForPage | undefined {
  const digest = String(article.entry.digest ?? '');
  const shelf = preparedArticleShelf();
  return shelf.peek(article.id, digest) ?? shelf.stored(digest);
}

/** The article prepared for this build's base, taken from the shelf or made here. */
export function preparedArticle(article: ArchiveArticle): ArticleForPage {
  const digest = String(article.entry.digest ?? '');
  const shelf = preparedArticleShelf();
  const shelved = shelf.take(article.id, digest) ?? shelf.stored(digest);
  if (shelved) return shelved;
  // The file as read for this build; a file the content store has newer than that (a change
  // `astro dev` has not reloaded yet) is read again, and a build would count that second read.
  const body = registeredBody(article.id, digest) ?? bodyReadAgain(article.id);
  return forPage(prepareArticle({ digest, title: article.title, lead: article.lead, body }, base));
}

function bodyReadAgain(id: string): string {
  const article = rereadArticleFile(`${id}.md`);
  return registeredBody(id, article.digest) ?? '';
}
