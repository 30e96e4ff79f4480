/**
 * Near spellings: «Лавроф» for «Лавров», «Греннелл» for «Гренелл», «Азия Биби» for «Асия Биби».
 * A name one letter off (a letter changed, added, dropped or two swapped) is near when it is
 * long enough for one letter not to make another name. `NearIndex` finds the near keys of a
 * text among many in time linear in the text's length (the keys with one letter deleted are
 * indexed), so an import with thousands of names stays linear.
 */

/** Names shorter than this (letters, spaces not counted) are never "near": Иванов/Иванова. */
export const MIN_NEAR_LETTERS = 6;

/** True when `a` and `b` differ by exactly one edit (Damerau–Levenshtein distance 1). */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start += 1;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA -= 1;
    endB -= 1;
  }
  const restA = a.slice(start, endA);
  const restB = b.slice(start, endB);
  if (restA.length + restB.length <= 1) return true;
  if (restA.length === 1 && restB.length === 1) return true;
  return restA.length === 2 && restB.length === 2 && restA[0] === restB[1] && restA[1] === restB[0];
}

/** Letters of a key, without spaces. */
function letterCount(key: string): number {
  return key.replaceAll(' ', '').length;
}

/** True when two keys are near: long enough, one edit apart, and not a feminine ending added. */
export function isNearSpelling(a: string, b: string): boolean {
  if (Math.min(letterCount(a), letterCount(b)) < MIN_NEAR_LETTERS) return false;
  if (a === `${b}а` || b === `${a}а`) return false;
  return oneEditApart(a, b);
}

/** The key and every variant of it with one character deleted. */
function deletions(key: string): string[] {
  const variants = [key];
  for (let index = 0; index < key.length; index += 1)
    variants.push(key.slice(0, index) + key.slice(index + 1));
  return variants;
}

/** Keys, each with the values it stands for, searchable by near spelling. */
export class NearIndex<V> {
  readonly #byVariant = new Map<string, Set<string>>();
  readonly #values = new Map<string, Set<V>>();

  /** Records that `key` (a normalised name) stands for `value`. */
  add(key: string, value: V): void {
    if (letterCount(key) < MIN_NEAR_LETTERS) return;
    const values = this.#values.get(key);
    if (values) {
      values.add(value);
      return;
    }
    this.#values.set(key, new Set([value]));
    for (const variant of deletions(key)) {
      const keys = this.#byVariant.get(variant) ?? new Set<string>();
      keys.add(key);
      this.#byVariant.set(variant, keys);
    }
  }

  /** The values of every key near `key` (not equal to it), with the key each came from. */
  near(key: string): { key: string; value: V }[] {
    if (letterCount(key) < MIN_NEAR_LETTERS) return [];
    const keys = new Set<string>();
    for (const variant of deletions(key))
      for (const found of this.#byVariant.get(variant) ?? []) keys.add(found);
    return [...keys]
      .filter((found) => isNearSpelling(key, found))
      .flatMap((found) => [...(this.#values.get(found) ?? [])].map((value) => ({ key: found, value })));
  }
}

/** The number of letters changed, added, dropped or swapped between `a` and `b` (Damerau–Levenshtein). */
export function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 0; j <= b.length; j += 1) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = best;
    }
  }
  return rows[a.length]![b.length]!;
}
