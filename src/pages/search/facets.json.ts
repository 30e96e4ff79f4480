/**
 * `/search/facets.json`: the display name and article count of every person, place and
 * source, and the article count of every year. The search page fetches it with the filters,
 * after the first results: it labels the filter values and gives the counts shown before
 * anything is searched.
 */
import type { APIRoute } from 'astro';
import { getArchive } from '../../data/archive.ts';
import { dayParts } from '../../lib/dates.ts';
import { buildFacetLabels } from '../../search/shared/directory.ts';

export const GET: APIRoute = async () => {
  const archive = await getArchive();
  const labels = buildFacetLabels({
    ...archive,
    years: archive.articles.map((article) => dayParts(article.date).year),
  });
  return new Response(JSON.stringify(labels), { headers: { 'Content-Type': 'application/json' } });
};
