/** RSS 2.0 of a place: `/places/<id>/rss.xml`. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { entityFeed, entityIds } from '../../../data/feeds.ts';
import { rssResponse } from '../../../lib/seo/rss.ts';

export const getStaticPaths = (async () =>
  (await entityIds('places')).map((id) => ({ params: { id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => rssResponse(await entityFeed('places', params['id']!));
