/**
 * The indexes the browsing pages read, built once per build in one pass over the archive:
 * the date tree, each person's, place's and source's articles, every article's position in
 * time, and the places inside each place. Pages look things up here instead of filtering
 * the whole archive, so a build stays linear in the number of articles.
 */
import { groupByDate, type DateTree } from './date-groups.ts';

/** What indexing needs of an article. */
export interface Indexable {
  id: string;
  date: { day: string };
  sourceId: string;
  peopleIds: readonly string[];
  placeIds: readonly string[];
}

export interface ArchiveIndexes<T> {
  dates: DateTree<T>;
  /** Articles of each person, newest first. */
  byPerson: Map<string, T[]>;
  /** Articles of each place, newest first. */
  byPlace: Map<string, T[]>;
  /** Articles of each source, newest first. */
  bySource: Map<string, T[]>;
  /** Position of each article in the archive, newest first (0 = newest). */
  rank: Map<string, number>;
  /** Ids of the places directly inside each place. */
  placesWithin: Map<string, string[]>;
}

/**
 * Indexes `newestFirst` (already sorted newest first). `places` gives the `within` of each
 * place id, to find the places inside a place.
 */
export function buildIndexes<T extends Indexable>(
  newestFirst: readonly T[],
  places: Iterable<[string, { within?: string | undefined }]> = [],
): ArchiveIndexes<T> {
  const byPerson = new Map<string, T[]>();
  const byPlace = new Map<string, T[]>();
  const bySource = new Map<string, T[]>();
  const rank = new Map<string, number>();
  const add = (index: Map<string, T[]>, id: string, article: T) => {
    const list = index.get(id);
    if (list) list.push(article);
    else index.set(id, [article]);
  };
  newestFirst.forEach((article, position) => {
    rank.set(article.id, position);
    add(bySource, article.sourceId, article);
    for (const id of new Set(article.peopleIds)) add(byPerson, id, article);
    for (const id of new Set(article.placeIds)) add(byPlace, id, article);
  });
  const placesWithin = new Map<string, string[]>();
  for (const [id, place] of places) {
    if (!place.within) continue;
    const inside = placesWithin.get(place.within);
    if (inside) inside.push(id);
    else placesWithin.set(place.within, [id]);
  }
  return { dates: groupByDate(newestFirst), byPerson, byPlace, bySource, rank, placesWithin };
}
