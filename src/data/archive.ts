/**
 * The archive as pages need it, read from the content collections once per build.
 * `getCollection()` on every page is slow and its order is not deterministic, so this sorts
 * once (newest first, then by id) and memoizes.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { articlePath } from '../lib/article-path.ts';
import { buildIndexes, type ArchiveIndexes } from '../lib/browse/archive-index.ts';
import type { ArticleDate } from '../lib/dates.ts';
import type { Person } from '../schemas/person.ts';
import type { Place } from '../schemas/place.ts';
import type { Source } from '../schemas/source.ts';
import { machineDate } from '../lib/dates.ts';
import { entityPath } from '../lib/entity-path.ts';
import { addListPage, lastmodTable, publishLastmod } from '../lib/seo/lastmod.ts';
import { paginate } from '../lib/browse/pagination.ts';
import { settings } from '../settings.ts';

/** An article with its references resolved to ids and its site path. */
export interface ArchiveArticle {
  id: string;
  title: string;
  date: ArticleDate;
  /** When the outlet last changed it, if it did. */
  updated: ArticleDate | undefined;
  lead: string | undefined;
  sourceId: string;
  peopleIds: string[];
  placeIds: string[];
  /** Site path without the base: `/2022/05/12/slug/`. */
  path: string;
  entry: CollectionEntry<'articles'>;
}

/**
 * Everything the pages read: articles newest first, the entities by id, and the indexes
 * (by date, by person/place/source, position in time) built once from them.
 */
export interface Archive extends ArchiveIndexes<ArchiveArticle> {
  articles: ArchiveArticle[];
  people: Map<string, Person>;
  places: Map<string, Place>;
  sources: Map<string, Source>;
}

let archive: Promise<Archive> | undefined;

/** The whole archive, loaded and sorted once per build. Drafts are left out. */
export function getArchive(): Promise<Archive> {
  archive ??= loadArchive();
  return archive;
}

async function loadArchive(): Promise<Archive> {
  const [entries, people, places, sources] = await Promise.all([
    getCollection('articles', ({ data }) => !data.draft),
    getCollection('people'),
    getCollection('places'),
    getCollection('sources'),
  ]);
  const articles = entries.map(toArchiveArticle).sort(newestFirst);
  const placeMap = new Map(places.map(({ id, data }) => [id, data]));
  const indexes = buildIndexes(articles, placeMap);
  // For the sitemap's <lastmod>, which is written when the build is done.
  const modified = (article: ArchiveArticle) =>
    machineDate({ ...(article.updated ?? article.date), hasTime: true });
  const lastmod = lastmodTable(
    articles.map((article) => ({
      path: article.path,
      day: article.date.day,
      modified: modified(article),
      listedOn: [
        entityPath('sources', article.sourceId),
        ...article.peopleIds.map((id) => entityPath('people', id)),
        ...article.placeIds.map((id) => entityPath('places', id)),
      ],
    })),
  );
  const { LETOPIS_HOME_PAGE_SIZE: homeSize, LETOPIS_ENTITY_PAGE_SIZE: entitySize } = settings();
  const lists: [string, ArchiveArticle[], number][] = [
    ['/', articles, homeSize],
    ...(['people', 'places', 'sources'] as const).flatMap((kind) =>
      [...indexes[kind === 'people' ? 'byPerson' : kind === 'places' ? 'byPlace' : 'bySource']].map(
        ([id, list]): [string, ArchiveArticle[], number] => [entityPath(kind, id), list, entitySize],
      ),
    ),
  ];
  for (const [path, list, size] of lists)
    for (const page of paginate(list, size, path).slice(1))
      addListPage(lastmod, page.path, page.items.map(modified));
  publishLastmod(lastmod);
  return {
    articles,
    people: new Map(people.map(({ id, data }) => [id, data])),
    places: placeMap,
    sources: new Map(sources.map(({ id, data }) => [id, data])),
    ...indexes,
  };
}

function toArchiveArticle(entry: CollectionEntry<'articles'>): ArchiveArticle {
  const { data } = entry;
  return {
    id: entry.id,
    title: data.title,
    date: data.date,
    updated: data.updated,
    lead: data.lead,
    sourceId: data.source.id,
    peopleIds: data.people.map((ref) => ref.id),
    placeIds: data.places.map((ref) => ref.id),
    path: articlePath(entry.id),
    entry,
  };
}

/** Newest first; the same moment falls back to the id, so order never depends on the disk. */
export function newestFirst(
  a: Pick<ArchiveArticle, 'date' | 'id'>,
  b: Pick<ArchiveArticle, 'date' | 'id'>,
): number {
  return b.date.instant.getTime() - a.date.instant.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
