/** The pages of the home list: `/` then `/page/2/`, `/page/3/` …, newest first. */
import { getArchive, type ArchiveArticle } from './archive.ts';
import { PAGE_SIZE, paginate, type Page } from '../lib/browse/pagination.ts';

let pages: Promise<Page<ArchiveArticle>[]> | undefined;

/** Every home page, computed once per build. */
export function homePages(): Promise<Page<ArchiveArticle>[]> {
  pages ??= getArchive().then(({ articles }) => paginate(articles, PAGE_SIZE.home, '/'));
  return pages;
}
