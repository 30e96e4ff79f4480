/**
 * An archive article's summary, computed once per build: the article page (description and
 * JSON-LD) and every feed the article appears in (the archive's and each entity's) print it.
 */
import type { ArchiveArticle } from './archive.ts';
import { preparedArticle, shelvedArticle } from './prepared-articles.ts';

const summaries = new WeakMap<ArchiveArticle, string>();

/** The typeset lead, or the body's first paragraph, of an archive article. */
export function summaryOf(article: ArchiveArticle): string {
  let summary = summaries.get(article);
  if (summary === undefined) {
    // Left on the shelf for the article's own page, which needs the whole of it.
    summary = (shelvedArticle(article) ?? preparedArticle(article)).summary;
    summaries.set(article, summary);
  }
  return summary;
}

/** Records the summary of an article its page has prepared anyway. */
export function rememberSummary(article: ArchiveArticle, summary: string): void {
  summaries.set(article, summary);
}
