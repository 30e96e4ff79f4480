/**
 * What the search page needs to know about people, places and sources without Pagefind: the
 * name table for query understanding and display names for filters and suggestions. Built at
 * build time into `/search/names.json`, loaded when the reader starts searching.
 */
import type { NameTable, NameTableJson } from '../names/name-table.ts';

export interface SearchDirectory {
  names: NameTableJson;
  people: Record<string, { name: string; description: string }>;
  places: Record<string, { name: string }>;
  sources: Record<string, { name: string }>;
}

/** Builds the directory from the archive's entities and a name index over them. */
export function buildDirectory(input: {
  names: NameTable;
  people: ReadonlyMap<string, { name: string; description: string }>;
  places: ReadonlyMap<string, { name: string }>;
  sources: ReadonlyMap<string, { name: string }>;
}): SearchDirectory {
  const pick = <T, K extends keyof T>(from: ReadonlyMap<string, T>, keys: K[]) =>
    Object.fromEntries(
      [...from].map(([id, entity]) => [
        id,
        Object.fromEntries(keys.map((key) => [key, entity[key]])) as Pick<T, K>,
      ]),
    );
  return {
    names: input.names.toJSON(),
    people: pick(input.people, ['name', 'description']),
    places: pick(input.places, ['name']),
    sources: pick(input.sources, ['name']),
  };
}

/** The display name of a filter value: a person's or place's name, «май 2022», or the value. */
export function entityName(directory: SearchDirectory, key: string, value: string): string | undefined {
  const table =
    key === 'person'
      ? directory.people
      : key === 'place'
        ? directory.places
        : key === 'source'
          ? directory.sources
          : undefined;
  return table?.[value]?.name;
}
