/**
 * The name table and the sound table in buckets, each entry with its display name: the
 * `/search/names/<file>.json` files (src/search/shared/directory.ts) query understanding fetches
 * for the words typed.
 */
import type { NameTable } from '../../lib/names/name-table.ts';
import type { SoundTable } from '../../lib/names/sound-table.ts';
import type { NameBucketJson } from '../shared/directory.ts';

/** The name and sound tables split into buckets, each entry with its display name. */
export function buildNameBuckets(input: {
  names: NameTable;
  sounds?: SoundTable;
  people: ReadonlyMap<string, { name: string }>;
  places: ReadonlyMap<string, { name: string }>;
}): Map<string, NameBucketJson> {
  const nameOf = (kind: 'people' | 'places', id: string) =>
    (kind === 'people' ? input.people : input.places).get(id)?.name ?? id;
  const buckets = new Map<string, NameBucketJson>(
    [...input.names.toBuckets()].map(([bucket, table]) => [
      bucket,
      { table, names: table.map(([kind, id]) => nameOf(kind, id)) },
    ]),
  );
  for (const [bucket, sounds] of input.sounds?.toBuckets() ?? [])
    buckets.set(bucket, {
      table: [],
      names: [],
      sounds,
      soundNames: sounds.map(([kind, id]) => nameOf(kind, id)),
    });
  return buckets;
}
