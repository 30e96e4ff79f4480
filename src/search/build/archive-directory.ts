/**
 * The search directory of this build's archive, built once per build: the name table buckets
 * (for the bucket files and the search page that lists them) and the facet labels. The pages
 * under src/pages/search/ only serve them.
 */
import { getArchive } from '../../data/archive.ts';
import { dayParts } from '../../lib/dates.ts';
import { NameIndex } from '../../lib/names/name-index.ts';
import type { FacetLabels, NameBucketJson } from '../shared/directory.ts';
import { buildFacetLabels } from './facet-labels.ts';
import { buildNameBuckets } from './name-buckets.ts';
import { nameSounds } from './name-sounds.ts';

let buckets: Promise<Map<string, NameBucketJson>> | undefined;

/** Every bucket of the archive's name table, by bucket. */
export function nameBuckets(): Promise<Map<string, NameBucketJson>> {
  buckets ??= getArchive().then(({ people, places }) =>
    buildNameBuckets({
      names: new NameIndex(people, places),
      sounds: nameSounds(people, places),
      people,
      places,
    }),
  );
  return buckets;
}

/** The archive's facet labels (`/search/facets.json`). */
export async function facetLabels(): Promise<FacetLabels> {
  const archive = await getArchive();
  return buildFacetLabels({
    ...archive,
    years: archive.articles.map((article) => dayParts(article.date).year),
  });
}
