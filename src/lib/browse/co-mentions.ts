/**
 * Who and what is mentioned most often together with a person, place or source: counts over
 * that entity's own articles only, never over the whole archive.
 */

/** An id and how many of the articles mention it. */
export interface MentionCount {
  id: string;
  count: number;
}

/**
 * The ids `idsOf` yields across `articles`, most frequent first, without `exclude`; equal
 * counts in the order `tieBreak` gives (e.g. Russian alphabetical by name).
 */
export function coMentions<T>(
  articles: readonly T[],
  idsOf: (article: T) => readonly string[],
  options: { exclude?: string | undefined; limit?: number; tieBreak?: (a: string, b: string) => number } = {},
): MentionCount[] {
  const { exclude, limit = 10, tieBreak = (a, b) => (a < b ? -1 : a > b ? 1 : 0) } = options;
  const counts = new Map<string, number>();
  for (const article of articles) {
    for (const id of new Set(idsOf(article))) {
      if (id !== exclude) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
  }
  return [...counts]
    .map(([id, count]) => ({ id, count }))
    .sort((a, b) => b.count - a.count || tieBreak(a.id, b.id))
    .slice(0, limit);
}
