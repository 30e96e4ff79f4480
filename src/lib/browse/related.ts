/**
 * Related articles: those that share people and places with an article, the ones nearer in
 * time first. Deterministic: the same archive always gives the same list.
 *
 * To stay fast on a 100k-article archive, candidates come only from a window of the articles
 * nearest in time in each of the article's people and places lists (lists that are already
 * built once per build), so one article costs O(entities × window), never O(archive).
 */
import {
  dayNumber,
  firstAtOrAfter,
  pack,
  personIdCodes,
  placeIdCodes,
  sharedCodes,
  timelineOf,
  type Timed,
  type Timeline,
} from './timeline.ts';

/** What scoring needs to know of an article. */
export type Relatable = Timed;

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
  const theirs = {
    people: pack([personIdCodes(candidate.peopleIds)]),
    places: pack([placeIdCodes(candidate.placeIds)]),
  };
  return scoreAt(personIdCodes(article.peopleIds), placeIdCodes(article.placeIds), theirs, 0);
}

/** The score of item `at` of `timeline` for an article with the people and places given. */
function scoreAt(
  people: Int32Array,
  places: Int32Array,
  timeline: Pick<Timeline, 'people' | 'places'>,
  at: number,
): number {
  return (
    PERSON_WEIGHT * sharedCodes(people, timeline.people, at) +
    PLACE_WEIGHT * sharedCodes(places, timeline.places, at)
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
  const ownPeople = personIdCodes(article.peopleIds);
  const ownPlaces = placeIdCodes(article.placeIds);
  const seen = new Set<number>([ownRank]);
  const best: Candidate<T>[] = [];
  const lists = [
    ...article.peopleIds.map((id) => byPerson.get(id)),
    ...article.placeIds.map((id) => byPlace.get(id)),
  ];
  for (const list of lists) {
    if (!list) continue;
    const timeline = timelineOf(list, rank);
    const { ranks, days } = timeline;
    const middle = firstAtOrAfter(ranks, ownRank);
    const end = Math.min(list.length, middle + window + 1);
    for (let at = Math.max(0, middle - window); at < end; at += 1) {
      const candidateRank = ranks[at]!;
      if (seen.has(candidateRank)) continue;
      seen.add(candidateRank);
      const score = scoreAt(ownPeople, ownPlaces, timeline, at);
      if (score === 0) continue;
      keepBest(best, limit, {
        article: list[at]!,
        score,
        distance: Math.abs(days[at]! - ownDay),
        rank: candidateRank,
      });
    }
  }
  return best.map(({ article: related }) => related);
}

function better<T extends Relatable>(a: Candidate<T>, b: Candidate<T>): number {
  return (
    b.score - a.score || a.distance - b.distance || a.rank - b.rank || compareIds(a.article.id, b.article.id)
  );
}

/** Inserts `candidate` into `best` (sorted, at most `limit` long) if it belongs there. */
function keepBest<T extends Relatable>(best: Candidate<T>[], limit: number, candidate: Candidate<T>): void {
  if (limit <= 0) return;
  if (best.length === limit && better(candidate, best[limit - 1]!) >= 0) return;
  let at = best.length;
  while (at > 0 && better(candidate, best[at - 1]!) < 0) at -= 1;
  best.splice(at, 0, candidate);
  if (best.length > limit) best.pop();
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
