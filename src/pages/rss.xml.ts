/** RSS 2.0 of the whole archive: `/rss.xml`. */
import type { APIRoute } from 'astro';
import { ARCHIVE_RSS_PATH, archiveFeed } from '../data/feeds.ts';
import { rssResponse } from '../lib/seo/rss.ts';

export const GET: APIRoute = async () => rssResponse(await archiveFeed(ARCHIVE_RSS_PATH));
