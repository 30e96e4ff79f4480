/**
 * Static paths of the pages of people, places and sources: `/people/<id>/` (page 1) and
 * `/people/<id>/page/N/`, each with its slice of the entity's articles, newest first.
 */
import { getArchive, type Archive, type ArchiveArticle } from './archive.ts';
import { entityPath, type EntityKind } from '../lib/urls.ts';
import { PAGE_SIZE, paginate, type Page } from '../lib/browse/pagination.ts';
import { entityPageKeys } from './page-keys.ts';

/** Props of an entity page. */
export interface EntityPageProps {
  id: string;
  page: Page<ArchiveArticle>;
}

/** The articles of an entity, newest first, from the archive's indexes. */
export function articlesOf(archive: Archive, kind: EntityKind, id: string): ArchiveArticle[] {
  const index = kind === 'people' ? archive.byPerson : kind === 'places' ? archive.byPlace : archive.bySource;
  return index.get(id) ?? [];
}

/** Page 1 (`which: 'first'`) or pages 2… (`'rest'`) of every entity of a kind. */
export async function entityStaticPaths(kind: EntityKind, which: 'first' | 'rest') {
  const archive = await getArchive();
  const ids =
    kind === 'people'
      ? archive.people.keys()
      : kind === 'places'
        ? archive.places.keys()
        : archive.sources.keys();
  return [...ids].flatMap((id) => {
    const pages = paginate(articlesOf(archive, kind, id), PAGE_SIZE.entity, entityPath(kind, id));
    const chosen = which === 'first' ? pages.slice(0, 1) : pages.slice(1);
    const keyOf = chosen.length > 0 ? entityPageKeys(archive, kind, id) : undefined;
    return chosen.map((page) => ({
      params: which === 'first' ? { id } : { id, page: String(page.number) },
      props: { id, page } satisfies EntityPageProps,
      cacheKey: keyOf!(page.number),
    }));
  });
}
