/**
 * `cacheKey`s of the browsing pages (days, months, years, people, places, sources) for Astro's
 * incremental build. Each key digests everything its page shows that Astro does not track by
 * itself, so a rebuild after one new article re-renders only the pages that show it. A page
 * that starts showing more data must add it to its key here, or rebuilds will serve it stale
 * (tests/integration/incremental-build.test.ts compares a rebuild with a clean build).
 */
import type { Archive, ArchiveArticle } from './archive.ts';
import { articlesOf } from './entity-pages.ts';
import { imageOf } from './article-images.ts';
import { cacheKey } from '../lib/cache-key.ts';
import { memoByObject } from '../lib/memo-by-object.ts';
import type { EntityKind } from '../lib/urls.ts';

/**
 * How an article looks in a list: its entry (title, date, lead or first sentence, source id),
 * its source's name and its picture's file (the list gives the thumbnail's width and height).
 */
function listed(article: ArchiveArticle, archive: Archive): unknown[] {
  return [article.entry.digest, archive.sources.get(article.sourceId)?.name, imageOf(article)?.digest];
}

/** A period page (newest first in `periods`) shows what `shown` picks and links its two neighbours. */
function periodKey<T extends { key: string }>(
  periods: readonly T[],
  index: number,
  shown: (period: T) => unknown,
) {
  return cacheKey(shown(periods[index]!), periods[index - 1]?.key, periods[index + 1]?.key);
}

/** The key of the page of day `index` in `archive.dates.days`: its articles. */
export function dayPageKey(archive: Archive, index: number): string {
  return periodKey(archive.dates.days, index, (day) =>
    day.articles.map((article) => listed(article, archive)),
  );
}

/** The key of the page of month `index` in `archive.dates.months`: its calendar and its articles. */
export function monthPageKey(archive: Archive, index: number): string {
  return periodKey(archive.dates.months, index, (month) =>
    month.days.map((day) => [day.key, day.articles.map((article) => listed(article, archive))]),
  );
}

/** The key of the page of year `index` in `archive.dates.years`: the count of every day. */
export function yearPageKey(archive: Archive, index: number): string {
  return periodKey(archive.dates.years, index, (year) =>
    year.months.map((month) => [month.key, month.days.map((day) => [day.key, day.articles.length])]),
  );
}

/**
 * The keys of the pages of a person, place or source, by page number (1…`pages`). Every page
 * shows the entity, the places around a place, and facts about all of its articles (counts,
 * first and last mention, the co-mentions with their names): digested once per entity, not
 * once per page, since a source's 600 pages would otherwise each digest 12,000 articles.
 */
export function entityPageKeys(
  archive: Archive,
  kind: EntityKind,
  id: string,
): (pageNumber: number) => string {
  const digest = entityDigest(archive, kind, id);
  return (pageNumber) => cacheKey(kind, id, pageNumber, digest);
}

function entityDigest(archive: Archive, kind: EntityKind, id: string): string {
  const place = kind === 'places' ? archive.places.get(id) : undefined;
  return cacheKey(
    archive[kind].get(id),
    place?.within ? nameOf(archive.places, place.within) : undefined,
    (archive.placesWithin.get(id) ?? []).map((inside) => nameOf(archive.places, inside)),
    articlesOf(archive, kind, id).map(rowKeys(archive)),
  );
}

const nameOf = (from: Map<string, { name: string }>, id: string) => [id, from.get(id)?.name];

/**
 * The key of an article as every entity page counts it (its listing and the names it is tagged
 * with), once per article and build: an article is on the pages of ~6 entities.
 */
const rowKeys = memoByObject((archive: Archive) =>
  memoByObject((article: ArchiveArticle) =>
    cacheKey(
      ...listed(article, archive),
      article.peopleIds.map((person) => nameOf(archive.people, person)),
      article.placeIds.map((other) => nameOf(archive.places, other)),
    ),
  ),
);
