/**
 * `/search/facets.json` (src/search/shared/directory.ts): the display name and article count
 * of every person, place and source, and the article count of every year.
 */
import type { FacetLabels } from '../shared/directory.ts';

/** The facet labels from the archive's entities and the articles of each. */
export function buildFacetLabels(input: {
  people: ReadonlyMap<string, { name: string }>;
  places: ReadonlyMap<string, { name: string }>;
  sources: ReadonlyMap<string, { name: string }>;
  byPerson: ReadonlyMap<string, readonly unknown[]>;
  byPlace: ReadonlyMap<string, readonly unknown[]>;
  bySource: ReadonlyMap<string, readonly unknown[]>;
  /** The publication year of every article. */
  years: Iterable<number>;
}): FacetLabels {
  const labelled = (
    entities: ReadonlyMap<string, { name: string }>,
    articles: ReadonlyMap<string, readonly unknown[]>,
  ) =>
    Object.fromEntries(
      [...entities].map(([id, { name }]) => [id, [name, articles.get(id)?.length ?? 0] as [string, number]]),
    );
  const years: Record<string, number> = {};
  for (const year of input.years) years[year] = (years[year] ?? 0) + 1;
  return {
    entities: {
      person: labelled(input.people, input.byPerson),
      place: labelled(input.places, input.byPlace),
      source: labelled(input.sources, input.bySource),
    },
    years,
  };
}
