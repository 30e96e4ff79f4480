/**
 * The stems Pagefind searches a query text by, computed as its browser code and WebAssembly do
 * (pagefind_web_js `search`, pagefind_web `stems_from_term`): punctuation removed (dashes,
 * brackets, quotes and the like; a hyphenated word becomes one), lower case, diacritics dropped
 * (ё → е, й → и), split at spaces, each word stemmed by the Snowball Russian stemmer. The same
 * stemmer from `@orama/stemmers` gives the index's own words: on the benchmark's 62,000 words
 * of 300 articles it missed none (tests/integration/search-job.test.ts keeps it so).
 */
import { stemmer } from '@orama/stemmers/russian';

const PUNCTUATION = /[\p{Pd}\p{Pe}\p{Pf}\p{Pi}\p{Po}\p{Ps}]/gu;

/** The text as Pagefind normalises a query before splitting it into words. */
export function normalizeQuery(text: string): string {
  return text
    .replace(PUNCTUATION, '')
    .toLocaleLowerCase()
    .replace(/\s+/gu, ' ')
    .trim()
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
}

/** The stems of a query's words, in order. */
export function queryStems(text: string): string[] {
  const normalized = normalizeQuery(text);
  return normalized ? normalized.split(' ').map((word) => stemmer(word)) : [];
}
