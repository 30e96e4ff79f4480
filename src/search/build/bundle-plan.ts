/**
 * The search job's plan (search-job.ts): every record of the content, in the bundles it is
 * indexed in, the entities in one bundle and the articles in year shards (shard-plan.ts).
 * Planning reads the articles' texts (article-texts.ts) once for their records, their dates and
 * their untagged mentions, and brings the name and date lists up to date on the way. Kept apart
 * from the indexing so that the content and the article texts (tens of megabytes at 20,000
 * articles) are garbage once the records exist.
 */
import { join } from 'node:path';
import type { ContentSnapshot } from '../../lib/content/read-content.ts';
import {
  articleSearchRecord,
  searchDates,
  articleTextOf,
  entitySearchRecords,
  type PagefindRecord,
} from './content-records.ts';
import { untaggedMentions } from './article-mentions.ts';
import { planYearShards } from './shard-plan.ts';
import { ENTITY_BUNDLE } from '../shared/shards.ts';
import { listedArticle, listedEntities } from './content-lists.ts';
import { updateSearchLists, type ListsUpdate } from './search-lists-cache.ts';
import { articleTexts, preparedArticleStore } from './article-texts.ts';
import type { PreparedArticle } from '../../lib/markdown/prepare-article.ts';
import { codeDigest } from '../../lib/code-digest.ts';
import type { Hasher } from '../../lib/file-digest.ts';
import type { Warn } from '../../lib/cache-file.ts';
import type { SearchJobOptions } from './search-job-options.ts';
import { synonymFinder } from './synonyms.ts';

/**
 * The modules that build the lists from the articles' texts (whose own code the text cache
 * keys): the lists' code is what they import (code-digest.ts).
 */
const LIST_MODULES = ['./search-lists-cache.ts', './content-lists.ts'].map(
  (module) => new URL(module, import.meta.url),
);

/** One bundle to index: its records, until they are handed to the indexing. */
export interface PlannedBundle {
  name: string;
  years: string[];
  /** Emptied once the bundle is written, so its records can be collected. */
  records: PagefindRecord[];
  count: number;
}

/** Every record in its bundle, the article texts rendered this time and the lists' update. */
export interface BundlePlan {
  bundles: PlannedBundle[];
  rendered: number;
  lists: ListsUpdate;
}

/**
 * Every record, in bundles, with the texts and lists in the cache folder `cacheRoot`: each
 * article rendered on the way is handed to `onPrepared`, each damaged cache file is told to `warn`.
 */
export function planBundles(
  options: Pick<SearchJobOptions, 'base' | 'maxListItems' | 'maxRecordsPerShard'>,
  content: ContentSnapshot,
  cacheRoot: string,
  onPrepared: ((id: string, article: PreparedArticle) => void) | undefined,
  hasher: Hasher,
  warn: Warn,
): BundlePlan {
  // Newest first, as the archive lists them and Astro builds their pages.
  const newestFirst = [...content.articles].sort(
    (a, b) => b.data.date.instant.getTime() - a.data.date.instant.getTime() || (a.id < b.id ? -1 : 1),
  );
  const { texts, rendered } = articleTexts(newestFirst, content.texts, {
    cacheFile: join(cacheRoot, 'article-texts.json'),
    store: preparedArticleStore(cacheRoot),
    base: options.base,
    ...(onPrepared ? { onPrepared } : {}),
    warn,
  });
  const byUrl = (a: PagefindRecord, b: PagefindRecord) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0);
  // Read once per article, for its record and its lists alike.
  const dates = new Map(
    content.articles.map((article) => [article.id, searchDates(article, texts.get(article.id)!)]),
  );
  const findSynonyms = synonymFinder(content.synonyms, [...texts.values()].map(articleTextOf));
  const mentions = untaggedMentions(content, texts, join(cacheRoot, 'article-mentions.json'));
  const articles = content.articles
    .map((article) =>
      articleSearchRecord(
        article,
        texts.get(article.id)!,
        content,
        dates.get(article.id)!,
        findSynonyms,
        mentions.get(article.id),
      ),
    )
    .sort(byUrl);
  const lists = updateSearchLists(
    { root: join(cacheRoot, 'lists'), manifestFile: join(cacheRoot, 'lists-manifest.json'), hasher, warn },
    listedEntities(content),
    newestFirst.map((article) =>
      listedArticle(
        article,
        texts.get(article.id)!,
        content,
        dates.get(article.id)!,
        mentions.get(article.id),
      ),
    ),
    codeDigest(LIST_MODULES),
    options.maxListItems,
  );
  const bundles = [
    { name: ENTITY_BUNDLE, years: [] as string[], records: entitySearchRecords(content).sort(byUrl) },
    ...planYearShards(articles, (record) => record.url.slice(1, 5), options.maxRecordsPerShard),
  ].map((bundle) => ({ ...bundle, count: bundle.records.length }));
  return { bundles, rendered, lists };
}
