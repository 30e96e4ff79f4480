/**
 * The name table in buckets, each entry with its display name: the `/search/names/<file>.json`
 * files (src/search/shared/directory.ts) query understanding fetches for the words typed.
 */
import type { NameTable } from '../../lib/names/name-table.ts';
import type { NameBucketJson } from '../shared/directory.ts';

/** The name table split into buckets, each entry with its display name. */
export function buildNameBuckets(input: {
  names: NameTable;
  people: ReadonlyMap<string, { name: string }>;
  places: ReadonlyMap<string, { name: string }>;
}): Map<string, NameBucketJson> {
  const nameOf = (kind: 'people' | 'places', id: string) =>
    (kind === 'people' ? input.people : input.places).get(id)?.name ?? id;
  return new Map(
    [...input.names.toBuckets()].map(([bucket, table]) => [
      bucket,
      { table, names: table.map(([kind, id]) => nameOf(kind, id)) },
    ]),
  );
}
