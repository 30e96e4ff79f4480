/** RSS 2.0 of a source: `/sources/<id>/rss.xml`. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { entityFeed, entityIds } from '../../../data/feeds.ts';
import { rssResponse } from '../../../lib/seo/rss.ts';

export const getStaticPaths = (async () =>
  (await entityIds('sources')).map((id) => ({ params: { id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => rssResponse(await entityFeed('sources', params['id']!));
