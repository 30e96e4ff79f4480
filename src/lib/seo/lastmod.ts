/**
 * `<lastmod>` of the sitemap: for an article page its `updated` date, else its `date`; for a
 * page that lists articles (home, a day, month or year, a person, place or source) the latest
 * of its articles', and for a numbered page of a list (a fixed block of older articles,
 * src/lib/browse/pagination.ts) the latest of its own, so an old page does not look changed. Computed with the archive in the build and read
 * by the sitemap integration when the build is done, through a table on `globalThis` (the
 * pages and the integration are separate module instances, as in prepared-article-shelf.ts).
 */

/** What the table needs of an article. */
export interface Dated {
  /** Site path without the base: `/2022/05/12/slug/`. */
  path: string;
  /** Moscow calendar day, `YYYY-MM-DD`. */
  day: string;
  /** When it was last changed (its publication when never), RFC 3339 with offset. */
  modified: string;
  /** Site paths of the pages that list it: `/people/x/`, `/sources/tass/`… */
  listedOn: readonly string[];
}

/** Site path → last change of that page, RFC 3339. */
export type LastmodTable = Map<string, string>;

/** The table for articles given in any order. */
export function lastmodTable(articles: Iterable<Dated>): LastmodTable {
  const table: LastmodTable = new Map();
  const touch = (path: string, modified: string) => addListPage(table, path, [modified]);
  for (const article of articles) {
    touch(article.path, article.modified);
    const [year, month, day] = article.day.split('-');
    for (const path of [
      '/',
      `/${year}/`,
      `/${year}/${month}/`,
      `/${year}/${month}/${day}/`,
      ...article.listedOn,
    ])
      touch(path, article.modified);
  }
  return table;
}

/** Dates the page at `path` (a numbered page of a list) by the latest of its articles' changes. */
export function addListPage(table: LastmodTable, path: string, modified: Iterable<string>): void {
  for (const date of modified) {
    const known = table.get(path);
    if (known === undefined || Date.parse(date) > Date.parse(known)) table.set(path, date);
  }
}

/**
 * The last change of the page at the absolute `url` of a site served at `siteBase` (origin and
 * base, e.g. `https://example.org/letopis/`). A numbered page of a list (`…/page/2/`) not in
 * the table shares the list's date.
 */
export function lastmodOf(table: LastmodTable, url: string, siteBase: string): string | undefined {
  if (!url.startsWith(siteBase)) return undefined;
  const path = `/${url.slice(siteBase.length)}`;
  return table.get(path) ?? table.get(path.replace(/page\/\d+\/$/, ''));
}

const KEY = Symbol.for('letopis.lastmod');

/** Leaves this build's table where the sitemap integration finds it. */
export function publishLastmod(table: LastmodTable): void {
  (globalThis as { [KEY]?: LastmodTable })[KEY] = table;
}

/** This build's table; empty when no page asked for the archive (nothing to date). */
export function publishedLastmod(): LastmodTable {
  return (globalThis as { [KEY]?: LastmodTable })[KEY] ?? new Map<string, string>();
}
