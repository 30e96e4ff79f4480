/**
 * Search keys: made-up words that stand for one exact thing (a name form, a calendar day, a
 * month) in the index and in rewritten queries. Pagefind stems and prefix-matches every word,
 * so «Лавров» also finds «Лаврентьев» and `2.05.2022` never meets `02.05.2022`; a key is all
 * Latin letters (the Russian stemmer leaves it alone) and always the same length (no key is a
 * prefix of another), so it matches exactly the pages that carry it.
 */
import { normalizeName } from '../../lib/names/normalize.ts';

const KEY_LETTERS = 11;

/** FNV-1a over UTF-16 code units, from a given offset basis. */
function fnv1a(text: string, basis: number): number {
  let hash = basis >>> 0;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** A key for any text: `zz` + 11 lowercase letters from two independent 32-bit hashes. */
export function searchKey(text: string): string {
  let high = fnv1a(text, 0x811c9dc5);
  let low = fnv1a(text, 0x050c5d1f);
  let key = 'zz';
  for (let index = 0; index < KEY_LETTERS; index += 1) {
    const source = index % 2 === 0 ? high : low;
    key += String.fromCharCode(97 + (source % 26));
    if (index % 2 === 0) high = Math.floor(high / 26);
    else low = Math.floor(low / 26);
  }
  return key;
}

/** The key of a name form: every entity with this spelling in any case carries it. */
export function nameKey(form: string): string {
  return searchKey(`name:${normalizeName(form)}`);
}

/** The key of a calendar day, `2022-05-12`. */
export function dayKey(year: number, month: number, day: number): string {
  return searchKey(`day:${year}-${month}-${day}`);
}

/** The key of a day of the year in every year, «9 июля»: the articles of any 9 July or naming one. */
export function yearDayKey(month: number, day: number): string {
  return searchKey(`yearday:${month}-${day}`);
}

/** The key of a month, `2022-05`. */
export function monthKey(year: number, month: number): string {
  return searchKey(`month:${year}-${month}`);
}

/** The key of a year: the articles published in it. */
export function yearKey(year: number): string {
  return searchKey(`year:${year}`);
}
