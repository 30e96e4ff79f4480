/** JSON Feed 1.1 of the whole archive: `/feed.json`. */
import type { APIRoute } from 'astro';
import { ARCHIVE_JSON_FEED_PATH, archiveFeed } from '../data/feeds.ts';
import { toJsonFeed } from '../lib/seo/json-feed.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(toJsonFeed(await archiveFeed(ARCHIVE_JSON_FEED_PATH)), null, 2), {
    headers: { 'Content-Type': 'application/feed+json; charset=utf-8' },
  });
