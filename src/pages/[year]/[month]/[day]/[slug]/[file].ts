/** An article's picture, at its own address: `/2022/05/12/<slug>/<file name>`. */
import { readFileSync } from 'node:fs';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchive } from '../../../../../data/archive.ts';
import { imageOf } from '../../../../../data/article-images.ts';
import { parseArticlePath } from '../../../../../lib/article-path.ts';

export const getStaticPaths = (async () => {
  const archive = await getArchive();
  return archive.articles.flatMap((article) => {
    const image = imageOf(article);
    const location = parseArticlePath(article.id)!;
    return image
      ? [
          {
            params: {
              year: location.year,
              month: location.month,
              day: location.dayOfMonth,
              slug: location.slug,
              file: image.name,
            },
            props: { path: image.path, mediaType: image.mediaType },
            // The same bytes, the same file: a rebuild copies nothing it already has.
            cacheKey: image.digest,
          },
        ]
      : [];
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ path: string; mediaType: string }> = ({ props }) =>
  new Response(new Uint8Array(readFileSync(props.path)), { headers: { 'Content-Type': props.mediaType } });
