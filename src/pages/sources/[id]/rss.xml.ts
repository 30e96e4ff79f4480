/** RSS 2.0 of a source: `/sources/<id>/rss.xml`. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { entityFeed, entityFeedPaths } from '../../../data/feeds.ts';
import { rssResponse } from '../../../lib/seo/rss.ts';

// Each feed's cacheKey lets a rebuild skip the feeds no change reaches.
export const getStaticPaths = (() => entityFeedPaths('sources')) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => rssResponse(await entityFeed('sources', params['id']!));
