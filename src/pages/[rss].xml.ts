/** RSS 2.0 of the whole archive: `/rss.xml`. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { ARCHIVE_RSS_PATH, archiveFeed, archiveFeedKey } from '../data/feeds.ts';
import { rssResponse } from '../lib/seo/rss.ts';
import { onePath } from '../data/one-path.ts';

// A dynamic route with one path, so that the feed has a cacheKey.
export const getStaticPaths = (async () =>
  onePath({ rss: 'rss' }, await archiveFeedKey(ARCHIVE_RSS_PATH))) satisfies GetStaticPaths;

export const GET: APIRoute = async () => rssResponse(await archiveFeed(ARCHIVE_RSS_PATH));
