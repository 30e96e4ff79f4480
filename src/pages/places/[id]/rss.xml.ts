/** RSS 2.0 of a place: `/places/<id>/rss.xml`. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { entityFeed, entityFeedPaths } from '../../../data/feeds.ts';
import { rssResponse } from '../../../lib/seo/rss.ts';

// Each feed's cacheKey lets a rebuild skip the feeds no change reaches.
export const getStaticPaths = (() => entityFeedPaths('places')) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => rssResponse(await entityFeed('places', params['id']!));
