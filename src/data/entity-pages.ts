/**
 * Static paths of the pages of people, places and sources: `/people/<id>/` (the newest
 * articles, with the facts about all of them) and `/people/<id>/page/N/` (fixed blocks counted
 * from the oldest article, pagination.ts), each with its slice of the entity's articles.
 */
import { getArchive, type Archive, type ArchiveArticle } from './archive.ts';
import { entityPath, type EntityKind } from '../lib/urls.ts';
import { paginate, type Page } from '../lib/browse/pagination.ts';
import { settings } from '../settings.ts';
import { entityPageKey } from './page-keys.ts';

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

/** The entity's own page (`which: 'first'`) or its numbered pages (`'rest'`), of every entity of a kind. */
export async function entityStaticPaths(kind: EntityKind, which: 'first' | 'rest') {
  const archive = await getArchive();
  const ids =
    kind === 'people'
      ? archive.people.keys()
      : kind === 'places'
        ? archive.places.keys()
        : archive.sources.keys();
  return [...ids].flatMap((id) => {
    const pages = paginate(
      articlesOf(archive, kind, id),
      settings().LETOPIS_ENTITY_PAGE_SIZE,
      entityPath(kind, id),
    );
    const chosen = which === 'first' ? pages.slice(0, 1) : pages.slice(1);
    return chosen.map((page) => ({
      params: page.number === undefined ? { id } : { id, page: String(page.number) },
      props: { id, page } satisfies EntityPageProps,
      cacheKey: entityPageKey(archive, kind, id, page),
    }));
  });
}
