/**
 * An archive article's summary, computed once per build: the article page (description and
 * JSON-LD) and every feed the article appears in (the archive's and each entity's) print it.
 */
import type { ArchiveArticle } from './archive.ts';
import { memoByObject } from '../lib/memo-by-object.ts';
import { articleSummary } from '../lib/seo/summary.ts';

/** The typeset lead, or the body's first paragraph, of an archive article. */
export const summaryOf = memoByObject((article: ArchiveArticle) =>
  articleSummary(article.lead, article.entry.rendered?.html),
);
