/**
 * The `cacheKey` of a page for Astro's incremental build (`experimental.incrementalBuild`): a
 * digest of every piece of data the page shows that Astro does not track itself. Astro already
 * re-renders a page when its code or a content entry it rendered changed; the key adds the
 * entities an article page names (people, places, source). A page that starts showing other
 * data (e.g. related articles) must add it here, or it will be served stale.
 */
import { createHash } from 'node:crypto';
import { memoByObject } from './memo-by-object.ts';

/** A short stable digest of JSON-serialisable parts. */
export function cacheKey(...parts: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('base64url').slice(0, 22);
}

/**
 * The key of one object, memoized by identity: for the entities and articles of a build, which
 * never change during it, so a person named on 500 pages is serialised once, not 500 times.
 */
export const objectKey: (value: object) => string = memoByObject((value) => cacheKey(value));
