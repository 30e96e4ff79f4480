/**
 * The record of the search bundles kept in the cache folder between builds (search-job.ts):
 * per bundle, the digest of the records it was indexed from, which says whether it is still
 * current, and the digest of every file Pagefind wrote for it (file-digest.ts), which says
 * whether the files are still those. A bundle whose files no longer match (a truncated index
 * chunk, a garbled fragment, a file gone or added) is indexed again, never published: Pagefind
 * names its files by their content and hosts serve them as immutable for a year.
 */
import { join } from 'node:path';
import { isStringRecord, readCacheJson, writeCacheFile, type Warn } from '../../lib/cache-file.ts';
import { changedFiles, type Digest, type Hasher } from '../../lib/file-digest.ts';

/** One bundle's record. */
export interface BundleRecord {
  /** The digest of its records (and of the indexer's version and settings). */
  records: string;
  /** Each of its files, by path inside the bundle. */
  files: Record<string, Digest>;
}

const DIGESTS_FILE = 'digests.json';

function isRecordFile(json: unknown): json is { bundles: Record<string, BundleRecord> } {
  const bundles = (json as { bundles?: unknown } | null)?.bundles;
  return (
    typeof bundles === 'object' &&
    bundles !== null &&
    Object.values(bundles).every(
      (bundle: Partial<BundleRecord>) => typeof bundle.records === 'string' && isStringRecord(bundle.files),
    )
  );
}

/** The bundles recorded in `cacheRoot`; none when there is no record, or a damaged one (with a warning). */
export function readBundleRecords(cacheRoot: string, warn: Warn): Record<string, BundleRecord> {
  const file = readCacheJson(
    join(cacheRoot, DIGESTS_FILE),
    'every search bundle is indexed again',
    warn,
    isRecordFile,
  );
  return file?.bundles ?? {};
}

/** Records `bundles` (by name), replacing the record in one step. */
export function writeBundleRecords(cacheRoot: string, bundles: Readonly<Record<string, BundleRecord>>): void {
  writeCacheFile(join(cacheRoot, DIGESTS_FILE), JSON.stringify({ bundles }));
}

/** The files of the bundle at `path` that differ from its record (none: it can be reused as it is). */
export function damagedBundleFiles(hasher: Hasher, path: string, record: BundleRecord): string[] {
  return changedFiles(hasher, path, record.files);
}
