/**
 * Splits a list (newest first) into pages whose addresses and contents stay the same as the
 * list grows. The numbered pages `/…/page/N/` are fixed blocks counted from the OLDEST item:
 * `page/1/` holds the first `pageSize` items ever added, `page/2/` the next ones, and a block
 * is published once it is complete and older than the newest block. The list's own path
 * `/…/` shows what is newer than the numbered pages: the newest items down to a block
 * boundary, at least a page's worth (`pageSize` to 2 × `pageSize` − 1 items).
 *
 * So an article added to the top of a list changes its own page and, once every `pageSize`
 * items, adds one numbered page (and the link to it from the page before): a daily rebuild
 * re-renders those, not every page of every list the article is in, and an old page's link
 * never starts to show other articles. Readers walk the pages in order: the list's own page
 * first, then `page/P/`, `page/P−1/` … `page/1/` (older), and back (newer).
 */

/** One page of a paginated list and the paths of its neighbours in reading order. */
export interface Page<T> {
  /** `undefined` for the list's own page; N for `page/N/`, the N-th block from the oldest. */
  number: number | undefined;
  /** The page's items, newest first. */
  items: T[];
  /** Site path of this page, without the base. */
  path: string;
  /** The page before it in reading order: newer items (`undefined` on the list's own page). */
  previousPath: string | undefined;
  /** The page after it in reading order: older items (`undefined` on `page/1/`). */
  nextPath: string | undefined;
}

/** Path of the numbered page `number` of a list rooted at `basePath` (which ends with `/`); the list's own page without one. */
export function pagePath(basePath: string, number?: number): string {
  return number === undefined ? basePath : `${basePath}page/${number}/`;
}

/** How many numbered pages a list of `count` items has: every complete block but the newest ones the list's own page shows. */
export function numberedPages(count: number, pageSize: number): number {
  const blocks = Math.ceil(count / pageSize);
  const newest = count - (blocks - 1) * pageSize;
  return Math.max(0, blocks - (newest === pageSize ? 1 : 2));
}

/**
 * Every page of `items` (newest first), `pageSize` items to a numbered page, in reading order:
 * the list's own page first, then the numbered pages from the newest to `page/1/`. An empty
 * list still has its own (empty) page.
 */
export function paginate<T>(items: readonly T[], pageSize: number, basePath: string): Page<T>[] {
  if (!Number.isInteger(pageSize) || pageSize < 1)
    throw new Error(`pageSize must be a positive integer, got ${pageSize}`);
  const count = items.length;
  const numbered = numberedPages(count, pageSize);
  const own: Page<T> = {
    number: undefined,
    items: items.slice(0, count - numbered * pageSize),
    path: basePath,
    previousPath: undefined,
    nextPath: numbered > 0 ? pagePath(basePath, numbered) : undefined,
  };
  const pages = Array.from({ length: numbered }, (_, index): Page<T> => {
    const number = numbered - index;
    return {
      number,
      items: items.slice(count - number * pageSize, count - (number - 1) * pageSize),
      path: pagePath(basePath, number),
      previousPath: pagePath(basePath, number === numbered ? undefined : number + 1),
      nextPath: number > 1 ? pagePath(basePath, number - 1) : undefined,
    };
  });
  return [own, ...pages];
}

/**
 * How many articles a numbered page holds unless `LETOPIS_HOME_PAGE_SIZE` or
 * `LETOPIS_ENTITY_PAGE_SIZE` say otherwise (src/settings.ts). Larger pages mean fewer pages to
 * build and publish (hosts limit file counts); a changed size renumbers every page of its lists.
 */
export const PAGE_SIZE = {
  /** The home page and `/page/N/`. */
  home: 20,
  /** A person's, place's or source's articles. */
  entity: 10,
} as const;
