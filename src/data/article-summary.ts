/**
 * An archive article's summary, computed once per build: the article page (description and
 * JSON-LD) and every feed the article appears in (the archive's and each entity's) print it.
 */
import type { ArchiveArticle } from './archive.ts';
import { articleHtml } from './article-body.ts';
import { articleSummary } from '../lib/seo/summary.ts';

const summaries = new WeakMap<ArchiveArticle, string>();

/**
 * The typeset lead, or the body's first paragraph, of an archive article. The article page
 * passes the body it rendered anyway; anything else renders it once, only without a lead.
 */
export function summaryOf(article: ArchiveArticle, renderedHtml?: string): string {
  let summary = summaries.get(article);
  if (summary === undefined) {
    summary = articleSummary(article.lead, () => renderedHtml ?? articleHtml(article));
    summaries.set(article, summary);
  }
  return summary;
}
