/**
 * The pages of the home list: `/` (the newest articles) and `/page/N/`, fixed blocks counted
 * from the oldest article (pagination.ts), each with its `cacheKey`.
 */
import { getArchive, type ArchiveArticle } from './archive.ts';
import { paginate, type Page } from '../lib/browse/pagination.ts';
import { settings } from '../settings.ts';
import { listPageKey } from './page-keys.ts';

/** A home page and its key. */
export interface HomePage {
  page: Page<ArchiveArticle>;
  cacheKey: string;
}

let pages: Promise<HomePage[]> | undefined;

/** Every home page, computed once per build. */
export function homePages(): Promise<HomePage[]> {
  pages ??= getArchive().then((archive) =>
    paginate(archive.articles, settings().LETOPIS_HOME_PAGE_SIZE, '/').map((page) => ({
      page,
      cacheKey: listPageKey(archive, page),
    })),
  );
  return pages;
}
