/**
 * Related articles: those that share people and places with an article, the ones nearer in
 * time first. Deterministic: the same archive always gives the same list.
 *
 * To stay fast on a 100k-article archive, candidates come only from a window of the articles
 * nearest in time in each of the article's people and places lists (lists that are already
 * built once per build), so one article costs O(entities × window), never O(archive).
 */

/** What scoring needs to know of an article. */
export interface Relatable {
  id: string;
  /** The Moscow calendar day, `YYYY-MM-DD`. */
  date: { day: string };
  peopleIds: readonly string[];
  placeIds: readonly string[];
}

/** A shared person counts more than a shared place: places (Россия, Москва) are broad. */
export const PERSON_WEIGHT = 2;
export const PLACE_WEIGHT = 1;

export interface RelatedOptions<T> {
  /** The articles of each person, newest first. */
  byPerson: ReadonlyMap<string, readonly T[]>;
  /** The articles of each place, newest first. */
  byPlace: ReadonlyMap<string, readonly T[]>;
  /** Position of every article in the whole archive, newest first (0 = newest). */
  rank: ReadonlyMap<string, number>;
  /** How many related articles to return. */
  limit?: number;
  /** How many neighbours in time to consider on each side, per person or place. */
  window?: number;
}

interface Candidate<T> {
  article: T;
  score: number;
  distance: number;
  rank: number;
}

/** The score of `candidate` for `article`: weighted shared people and places. */
export function relatedScore(article: Relatable, candidate: Relatable): number {
  const shared = (mine: readonly string[], theirs: readonly string[]) => theirs.filter((id) => mine.includes(id)).length;
  return PERSON_WEIGHT * shared(article.peopleIds, candidate.peopleIds) + PLACE_WEIGHT * shared(article.placeIds, candidate.placeIds);
}

/**
 * Up to `limit` articles related to `article`: highest score first; then the nearer in days;
 * then the newer; then by id.
 */
export function relatedArticles<T extends Relatable>(article: T, options: RelatedOptions<T>): T[] {
  const { byPerson, byPlace, rank, limit = 5, window = 50 } = options;
  const ownRank = rank.get(article.id) ?? 0;
  const ownDay = Date.parse(article.date.day);
  const seen = new Map<string, Candidate<T>>();
  const lists = [
    ...article.peopleIds.map((id) => byPerson.get(id)),
    ...article.placeIds.map((id) => byPlace.get(id)),
  ];
  for (const list of lists) {
    if (!list) continue;
    for (const candidate of nearestInTime(list, ownRank, rank, window)) {
      if (candidate.id === article.id || seen.has(candidate.id)) continue;
      const candidateRank = rank.get(candidate.id) ?? 0;
      seen.set(candidate.id, {
        article: candidate,
        score: relatedScore(article, candidate),
        distance: Math.abs(Date.parse(candidate.date.day) - ownDay),
        rank: candidateRank,
      });
    }
  }
  return [...seen.values()]
    .sort((a, b) => b.score - a.score || a.distance - b.distance || a.rank - b.rank || compareIds(a.article.id, b.article.id))
    .slice(0, limit)
    .map(({ article: related }) => related);
}

/** The up to `window` items on each side of the position `ownRank` would take in `list`. */
function nearestInTime<T extends Relatable>(list: readonly T[], ownRank: number, rank: ReadonlyMap<string, number>, window: number): readonly T[] {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((rank.get(list[middle]!.id) ?? 0) < ownRank) low = middle + 1;
    else high = middle;
  }
  return list.slice(Math.max(0, low - window), low + window + 1);
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
