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
  return (
    PERSON_WEIGHT * shared(article.peopleIds, candidate.peopleIds) +
    PLACE_WEIGHT * shared(article.placeIds, candidate.placeIds)
  );
}

/**
 * Up to `limit` articles related to `article`: highest score first; then the nearer in days;
 * then the newer; then by id.
 */
export function relatedArticles<T extends Relatable>(article: T, options: RelatedOptions<T>): T[] {
  const { byPerson, byPlace, rank, limit = 5, window = 10 } = options;
  const ownRank = rank.get(article.id) ?? 0;
  const ownDay = dayNumber(article.date.day);
  const seen = new Set<string>([article.id]);
  const best: Candidate<T>[] = [];
  const lists = [
    ...article.peopleIds.map((id) => byPerson.get(id)),
    ...article.placeIds.map((id) => byPlace.get(id)),
  ];
  for (const list of lists) {
    if (!list) continue;
    for (const candidate of nearestInTime(list, ownRank, rank, window)) {
      if (seen.has(candidate.id)) continue;
      seen.add(candidate.id);
      keepBest(best, limit, {
        article: candidate,
        score: relatedScore(article, candidate),
        distance: Math.abs(dayNumber(candidate.date.day) - ownDay),
        rank: rank.get(candidate.id) ?? 0,
      });
    }
  }
  return best.map(({ article: related }) => related);
}

/** How many of `theirs` are in `mine`; both lists hold a handful of ids, so a loop beats a Set. */
function shared(mine: readonly string[], theirs: readonly string[]): number {
  let count = 0;
  for (const id of theirs) if (mine.includes(id)) count += 1;
  return count;
}

function better<T extends Relatable>(a: Candidate<T>, b: Candidate<T>): number {
  return (
    b.score - a.score || a.distance - b.distance || a.rank - b.rank || compareIds(a.article.id, b.article.id)
  );
}

/** Inserts `candidate` into `best` (sorted, at most `limit` long) if it belongs there. */
function keepBest<T extends Relatable>(best: Candidate<T>[], limit: number, candidate: Candidate<T>): void {
  if (candidate.score === 0 || limit <= 0) return;
  if (best.length === limit && better(candidate, best[limit - 1]!) >= 0) return;
  let at = best.length;
  while (at > 0 && better(candidate, best[at - 1]!) < 0) at -= 1;
  best.splice(at, 0, candidate);
  if (best.length > limit) best.pop();
}

const dayNumbers = new Map<string, number>();

/** Days since 1970 of a `YYYY-MM-DD` day, memoized: a decade has only ~3,650 of them. */
function dayNumber(day: string): number {
  let value = dayNumbers.get(day);
  if (value === undefined) {
    value = Date.parse(day) / 86_400_000;
    dayNumbers.set(day, value);
  }
  return value;
}

/** The up to `window` items on each side of the position `ownRank` would take in `list`. */
function nearestInTime<T extends Relatable>(
  list: readonly T[],
  ownRank: number,
  rank: ReadonlyMap<string, number>,
  window: number,
): readonly T[] {
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
