/**
 * Splits a list into numbered pages at `/…/`, `/…/page/2/`, `/…/page/3/`. Page 1 lives at the
 * list's own path so its URL never changes when the list grows.
 */

/** One page of a paginated list and the paths of its neighbours. */
export interface Page<T> {
  /** 1-based. */
  number: number;
  total: number;
  items: T[];
  /** Site path of this page, without the base. */
  path: string;
  previousPath: string | undefined;
  nextPath: string | undefined;
}

/** Path of page `number` of a list rooted at `basePath` (which ends with `/`). */
export function pagePath(basePath: string, number: number): string {
  return number <= 1 ? basePath : `${basePath}page/${number}/`;
}

/** All pages of `items`, `pageSize` per page; an empty list still has one (empty) page. */
export function paginate<T>(items: readonly T[], pageSize: number, basePath: string): Page<T>[] {
  if (!Number.isInteger(pageSize) || pageSize < 1)
    throw new Error(`pageSize must be a positive integer, got ${pageSize}`);
  const total = Math.max(1, Math.ceil(items.length / pageSize));
  return Array.from({ length: total }, (_, index) => {
    const number = index + 1;
    return {
      number,
      total,
      items: items.slice(index * pageSize, number * pageSize),
      path: pagePath(basePath, number),
      previousPath: number > 1 ? pagePath(basePath, number - 1) : undefined,
      nextPath: number < total ? pagePath(basePath, number + 1) : undefined,
    };
  });
}

/** How many articles a list shows per page. One place to tune the size of the build. */
export const PAGE_SIZE = {
  /** The home page and `/page/N/`. */
  home: 20,
  /** A person's, place's or source's articles. */
  entity: 10,
} as const;
