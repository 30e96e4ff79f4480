/**
 * `/search/names/<bucket>.json`: one bucket of the name table (the forms whose first word
 * starts with the bucket's letters) with the display names of its entities. The search page
 * fetches the buckets of the words typed, before it understands the query.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { bucketFile, type NameBucketJson } from '../../../search/shared/directory.ts';
import { nameBuckets } from '../../../search/build/archive-directory.ts';
import { cacheKey } from '../../../lib/cache-key.ts';

export const getStaticPaths = (async () =>
  [...(await nameBuckets())].map(([bucket, json]) => ({
    params: { bucket: bucketFile(bucket) },
    props: { json },
    cacheKey: cacheKey(json),
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ json: NameBucketJson }> = ({ props }) =>
  new Response(JSON.stringify(props.json), { headers: { 'Content-Type': 'application/json' } });
