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
import type { Page } from '../lib/browse/pagination.ts';
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
 * The key of a page of a paginated list (pagination.ts): its path, its articles as a list shows
 * them and its neighbours. A numbered page's articles are a fixed block, so its key stays the
 * same as the list grows at the top (its link to a newer page changes once a block fills).
 */
export function listPageKey(archive: Archive, page: Page<ArchiveArticle>): string {
  return cacheKey(
    page.path,
    page.items.map((article) => listed(article, archive)),
    page.previousPath,
    page.nextPath,
  );
}

/**
 * The key of a page of a person, place or source. Every page shows the entity and the places
 * around a place, and its articles; the entity's own page (`page.number` undefined) also facts
 * about all of its articles (counts, first and last mention, the co-mentions with their names),
 * which the numbered pages leave out so that they stay the same when an article is added.
 */
export function entityPageKey(
  archive: Archive,
  kind: EntityKind,
  id: string,
  page: Page<ArchiveArticle>,
): string {
  const place = kind === 'places' ? archive.places.get(id) : undefined;
  return cacheKey(
    kind,
    archive[kind].get(id),
    place?.within ? nameOf(archive.places, place.within) : undefined,
    (archive.placesWithin.get(id) ?? []).map((inside) => nameOf(archive.places, inside)),
    listPageKey(archive, page),
    page.number === undefined ? articlesOf(archive, kind, id).map(rowKeys(archive)) : undefined,
  );
}

/**
 * The key of the index of people, places or sources (`/people/` …): every entity of the kind,
 * whole (whatever of it the index shows), and how many articles it has.
 */
export function entityIndexKey(archive: Archive, kind: EntityKind): string {
  return cacheKey(
    kind,
    [...archive[kind]].map(([id, entity]) => [id, entity, articlesOf(archive, kind, id).length]),
  );
}

/** The key of the date archive's index (`/archive/`): every year and month with its count. */
export function archiveIndexKey(archive: Archive): string {
  return cacheKey(
    archive.dates.years.map((year) => [
      year.key,
      year.count,
      year.months.map((month) => [month.key, month.count]),
    ]),
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
