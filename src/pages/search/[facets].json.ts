/**
 * `/search/facets.json`: the display name and article count of every person, place and
 * source, and the article count of every year. The search page fetches it with the filters,
 * after the first results: it labels the filter values and gives the counts shown before
 * anything is searched.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { facetLabels } from '../../search/build/archive-directory.ts';
import { onePath } from '../../data/one-path.ts';
import { cacheKey } from '../../lib/cache-key.ts';

// A dynamic route with one path, so that its file has a cacheKey: the labels themselves.
export const getStaticPaths = (async () => {
  const json = JSON.stringify(await facetLabels());
  return onePath({ facets: 'facets' }, cacheKey(json), { json });
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ json: string }> = ({ props }) =>
  new Response(props.json, { headers: { 'Content-Type': 'application/json' } });
