/** JSON Feed 1.1 of the whole archive: `/feed.json`. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { ARCHIVE_JSON_FEED_PATH, archiveFeed, archiveFeedKey } from '../data/feeds.ts';
import { toJsonFeed } from '../lib/seo/json-feed.ts';
import { onePath } from '../data/one-path.ts';

// A dynamic route with one path, so that the feed has a cacheKey.
export const getStaticPaths = (async () =>
  onePath({ feed: 'feed' }, await archiveFeedKey(ARCHIVE_JSON_FEED_PATH))) satisfies GetStaticPaths;

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(toJsonFeed(await archiveFeed(ARCHIVE_JSON_FEED_PATH)), null, 2), {
    headers: { 'Content-Type': 'application/feed+json; charset=utf-8' },
  });
