/**
 * How an article shows wherever it is named (lists, related articles, neighbours, feeds,
 * `<title>`, JSON-LD, link-preview cards): its title typeset exactly as its own `<h1>`, and the
 * line under it in lists, the typeset lead or else the body's first sentence. Typograf costs
 * ~0.2 ms a call and an article is named on a dozen pages, so each is typeset once per build.
 */
import type { ArchiveArticle } from './archive.ts';
import { summaryOf } from './article-summary.ts';
import { shelvedArticle } from './prepared-articles.ts';
import { firstSentence } from '../lib/browse/first-sentence.ts';
import { memoByObject } from '../lib/memo-by-object.ts';
import { typeset } from '../lib/typography.ts';

/** The typeset title, as the article's `<h1>` shows it. */
export const titleOf: (article: ArchiveArticle) => string = memoByObject(
  (article) => shelvedArticle(article)?.title ?? typeset(article.title),
);

/** The line a list shows under the title: the typeset lead, else the body's first sentence. */
export const listLeadOf: (article: ArchiveArticle) => string = memoByObject((article) =>
  article.lead === undefined
    ? firstSentence(summaryOf(article))
    : (shelvedArticle(article)?.lead ?? typeset(article.lead)),
);
