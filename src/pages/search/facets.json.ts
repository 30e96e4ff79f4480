/**
 * `/search/facets.json`: the display name and article count of every person, place and
 * source, and the article count of every year. The search page fetches it with the filters,
 * after the first results: it labels the filter values and gives the counts shown before
 * anything is searched.
 */
import type { APIRoute } from 'astro';
import { facetLabels } from '../../search/build/archive-directory.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await facetLabels()), { headers: { 'Content-Type': 'application/json' } });
