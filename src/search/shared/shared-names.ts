/**
 * Lists of a name several people or places share: «Егорова» is every Егорова and (in the
 * genitive) every Егоров, «Сергей» every Сергей. A query naming one of them alone is answered by
 * the union of their lists, which at 100,000 articles is 30 or 80 files, more than a query may
 * fetch (list-answer.ts `MAX_PLAN_FILES`): Pagefind answered then, loading the whole index. So
 * the build writes one list for each set of entities a name form names, `shared/<hash>.json`, and
 * the search page, which looks the form up in the same name table, reads that one file.
 *
 * The file is named by a hash of the set, so the page needs no directory of them; the file
 * holds the set (`refs`), so a page that asked for the wrong one (a hash collision, a set a query
 * made smaller by naming some of its entities twice) sees it and lets Pagefind answer.
 */
import { normalizeName } from '../../lib/names/normalize.ts';

/** The folder of the shared lists, under the lists' folder. */
export const SHARED_FOLDER = 'shared';

/** What the shared lists need of an entity: its reference and its name forms. */
export interface NamedRef {
  kind: 'people' | 'places';
  id: string;
  /** Every form of its name (name-table.ts keys them spelling-blind). */
  forms: readonly string[];
}

/** FNV-1a over UTF-16 code units from `seed`: 32 bits, as an unsigned number. */
function fnv1a(text: string, seed: number): number {
  let hash = seed;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * The file of the shared list of a set of entities (`people/egorov`, …, in any order): 64 bits
 * of hash, so that the thousands of sets of a large archive do not collide in practice.
 */
export function sharedListFile(refs: Iterable<string>): string {
  const set = [...new Set(refs)].sort().join('\n');
  const hex = (seed: number) => fnv1a(set, seed).toString(16).padStart(8, '0');
  return `${SHARED_FOLDER}/${hex(0x811c9dc5)}${hex(0x050c5d1f)}.json`;
}

/** Whether a list file is a shared list (a missing one is not an empty list). */
export function isSharedList(file: string): boolean {
  return file.startsWith(`${SHARED_FOLDER}/`);
}

/**
 * Every set of two or more entities that one name form names, by its file: the refs
 * (`kind/id`) sorted. Two sets whose files collide keep the first; the second is left to
 * Pagefind (the page checks the refs it reads).
 */
export function sharedNameLists(entities: readonly NamedRef[]): Map<string, string[]> {
  const byKey = new Map<string, Set<string>>();
  for (const { kind, id, forms } of entities) {
    for (const form of forms) {
      const key = normalizeName(form);
      if (!key) continue;
      const refs = byKey.get(key) ?? new Set<string>();
      refs.add(`${kind}/${id}`);
      byKey.set(key, refs);
    }
  }
  const shared = new Map<string, string[]>();
  for (const refs of byKey.values()) {
    if (refs.size < 2) continue;
    const file = sharedListFile(refs);
    if (!shared.has(file)) shared.set(file, [...refs].sort());
  }
  return shared;
}
