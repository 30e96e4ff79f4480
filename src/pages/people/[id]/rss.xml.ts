/** RSS 2.0 of a person: `/people/<id>/rss.xml`. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { entityFeed, entityFeedPaths } from '../../../data/feeds.ts';
import { rssResponse } from '../../../lib/seo/rss.ts';

// Each feed's cacheKey lets a rebuild skip the feeds no change reaches.
export const getStaticPaths = (() => entityFeedPaths('people')) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => rssResponse(await entityFeed('people', params['id']!));
