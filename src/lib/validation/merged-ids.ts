/**
 * The ids of people and places merged into others (`mergedIds`, written by `npm run entities --
 * merge`) stay reserved: their old addresses redirect to the entry they were merged into
 * (src/lib/deploy/moved-pages.ts), so an entry may not take one again, and an article that still
 * names one is told which id replaced it.
 */
import type { ContentProblem } from './problem.ts';

interface Entry {
  id: string;
  mergedIds?: string[] | undefined;
}

/** Each merged id and the entry it was merged into (the first, when two entries list it). */
export function mergedInto(entries: Iterable<Entry>): Map<string, string> {
  const into = new Map<string, string>();
  for (const entry of entries)
    for (const old of entry.mergedIds ?? []) if (!into.has(old)) into.set(old, entry.id);
  return into;
}

/**
 * The problems of one list (`file`): an entry whose id another entry lists as merged, and a
 * merged id listed by two entries.
 */
export function mergedIdProblems(file: string, entries: Iterable<Entry>): ContentProblem[] {
  const list = [...entries];
  const ids = new Set(list.map((entry) => entry.id));
  const into = mergedInto(list);
  const problems: ContentProblem[] = [];
  for (const entry of list)
    for (const old of entry.mergedIds ?? []) {
      if (ids.has(old))
        problems.push({
          file,
          field: `${entry.id}.mergedIds`,
          message: `"${old}" was merged into "${entry.id}", yet an entry with that id exists (its old address redirects here)`,
          fix: `give that entry a new id, or remove "${old}" from mergedIds`,
        });
      const first = into.get(old)!;
      if (first !== entry.id)
        problems.push({
          file,
          field: `${entry.id}.mergedIds`,
          message: `"${old}" is also listed in ${first}.mergedIds`,
          fix: 'keep a merged id in one entry only',
        });
    }
  return problems;
}
