/** `/search/names.json`: the name table and display names the search page loads on demand. */
import type { APIRoute } from 'astro';
import { getArchive } from '../../data/archive.ts';
import { NameIndex } from '../../lib/names/name-index.ts';
import { buildDirectory } from '../../lib/search/directory.ts';

export const GET: APIRoute = async () => {
  const { people, places, sources } = await getArchive();
  const directory = buildDirectory({ names: new NameIndex(people, places), people, places, sources });
  return new Response(JSON.stringify(directory), { headers: { 'Content-Type': 'application/json' } });
};
