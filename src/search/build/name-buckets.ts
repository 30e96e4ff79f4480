/**
 * The name table buckets, built once per build for the bucket files and the search page that
 * lists them (a file starting with `_` is not a route).
 */
import { getArchive } from '../../data/archive.ts';
import { NameIndex } from '../../lib/names/name-index.ts';
import { buildNameBuckets, type NameBucketJson } from '../shared/directory.ts';

let buckets: Promise<Map<string, NameBucketJson>> | undefined;

/** Every bucket of the archive's name table, by bucket. */
export function nameBuckets(): Promise<Map<string, NameBucketJson>> {
  buckets ??= getArchive().then(({ people, places }) =>
    buildNameBuckets({ names: new NameIndex(people, places), people, places }),
  );
  return buckets;
}
