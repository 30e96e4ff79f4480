/**
 * What the search page needs to know about people, places and sources without Pagefind, as
 * static JSON built with the site (src/search/build/name-buckets.ts, facet-labels.ts) and
 * fetched only when needed:
 *
 * - the name table in buckets (`/search/names/<file>.json`, see `nameBucket`): query
 *   understanding fetches the buckets of the typed words, with the display names of the
 *   entities they hold (for suggestions and highlighting); the sound table's buckets beside
 *   them, for names typed in another script;
 * - the facet labels (`/search/facets.json`): the display name of every person, place and
 *   source, and the archive-wide article count of each filter value (the counts shown before
 *   anything is searched), fetched with the filters, after the results.
 */
import type { NameTableJson } from '../../lib/names/name-table.ts';
import type { SoundTableJson } from '../../lib/names/sound-table.ts';

/**
 * One bucket of the name table: its entries and each entry's display name, in the same order;
 * or of the sound table (`l:tr`, see sound-table.ts `soundBuckets`): its entries and their
 * display names.
 */
export interface NameBucketJson {
  table: NameTableJson;
  names: string[];
  sounds?: SoundTableJson;
  soundNames?: string[];
}

/** The filters whose values the facet labels name and count. */
export type LabelledFilter = 'person' | 'place' | 'source';

/** `/search/facets.json`. */
export interface FacetLabels {
  /** Display name and number of articles of each person, place and source, by id. */
  entities: Record<LabelledFilter, Record<string, [name: string, articles: number]>>;
  /** Number of articles of each publication year. */
  years: Record<string, number>;
}

/**
 * The file name of a bucket, ASCII for any host: the hexadecimal code points of its letters
 * («ла» → `43b-430`).
 */
export function bucketFile(bucket: string): string {
  return [...bucket].map((letter) => letter.codePointAt(0)!.toString(16)).join('-');
}

/** The display name of a person, place or source filter value. */
export function entityName(labels: FacetLabels | undefined, key: string, value: string): string | undefined {
  return key === 'person' || key === 'place' || key === 'source'
    ? labels?.entities[key][value]?.[0]
    : undefined;
}

/** The counts shown before anything is searched: every value's articles in the whole archive. */
export function archiveCounts(labels: FacetLabels): Record<string, Record<string, number>> {
  const counts = (entities: Record<string, [string, number]>) =>
    Object.fromEntries(Object.entries(entities).map(([id, [, articles]]) => [id, articles]));
  return {
    person: counts(labels.entities.person),
    place: counts(labels.entities.place),
    source: counts(labels.entities.source),
    year: labels.years,
  };
}
