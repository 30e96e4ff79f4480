/**
 * Where an article lives and where it is served: `2022/05/12-slug.md` in `content/articles/`
 * becomes `/2022/05/12/slug/`. The slug is frozen in the file name and never recomputed.
 */

/** The parts of an article's path: its Moscow calendar day and frozen ASCII slug. */
export interface ArticleLocation {
  year: string;
  month: string;
  dayOfMonth: string;
  /** `YYYY-MM-DD`. */
  day: string;
  slug: string;
}

const ARTICLE_PATH = /^(\d{4})\/(\d{2})\/(\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)(?:\.md)?$/;

/** Reads `2022/05/12-slug(.md)`; `undefined` when the path is not in that shape. */
export function parseArticlePath(path: string): ArticleLocation | undefined {
  const match = ARTICLE_PATH.exec(path);
  if (!match) return undefined;
  const [, year = '', month = '', dayOfMonth = '', slug = ''] = match;
  return { year, month, dayOfMonth, day: `${year}-${month}-${dayOfMonth}`, slug };
}

/** The site path of an article, without the base: `/2022/05/12/slug/`. */
export function articlePath(id: string): string {
  const location = parseArticlePath(id);
  if (!location) throw new Error(`Not an article id: "${id}" (expected YYYY/MM/DD-slug)`);
  return `/${location.year}/${location.month}/${location.dayOfMonth}/${location.slug}/`;
}

/** The content file of an article for a day and slug: `2022/05/12-slug.md`. */
export function articleFile(day: string, slug: string): string {
  const [year, month, dayOfMonth] = day.split('-');
  return `${year}/${month}/${dayOfMonth}-${slug}.md`;
}
