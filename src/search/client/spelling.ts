/**
 * Misspelt query words. Pagefind prefix-matches each word's stem, and a stem that begins no
 * indexed word falls back to the longest one that does: «Меркал» finds «мере», «меры» (its
 * `мер`), «Брюсель» nothing. A free word is matched when a result's text has a word beginning
 * with its stem; one that is not, makes the results no answer to the query. The nearest name of
 * the loaded name buckets or word of the results' text (or of the articles the word's beginning
 * finds), one or two edits away (the `fastest-levenshtein` package), is offered instead:
 * «Возможно, вы имели в виду «Меркель»».
 */
import { distance } from 'fastest-levenshtein';
import { normalizeName } from '../../lib/names/normalize.ts';
import { normalizeQuery, queryStems } from './word-stems.ts';

/** Words shorter than this are not checked: «мир» is too short to be a misspelling of anything. */
const MIN_LETTERS = 4;

/** The edits allowed in a word of `length` letters: one up to five letters, else two. */
function allowedEdits(length: number): number {
  return length <= 5 ? 1 : 2;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** The free words (`UnderstoodQuery.freeWords`) none of the texts has a word beginning with the stem of. */
export function unmatchedWords(freeWords: readonly string[], texts: readonly string[]): string[] {
  const words = new Set(texts.flatMap((text) => normalizeQuery(text).match(WORD) ?? []));
  return freeWords.filter((word) => {
    if ([...word].filter((char) => /\p{L}/u.test(char)).length < MIN_LETTERS) return false;
    const [stem] = queryStems(word);
    if (!stem) return false;
    for (const candidate of words) if (candidate.startsWith(stem)) return false;
    return true;
  });
}

/**
 * The spelling nearest `word` among `candidates` (names first, then words of the archive, each
 * as it should be shown), at most one or two edits away, ignoring case and ё; on a tie the
 * first. `undefined` when none is near.
 */
export function nearestSpelling(word: string, candidates: Iterable<string>): string | undefined {
  const typed = normalizeName(word);
  const limit = allowedEdits([...typed].length);
  let best: { text: string; edits: number } | undefined;
  for (const candidate of candidates) {
    const key = normalizeName(candidate);
    if (key === typed || key.includes(' ') || Math.abs(key.length - typed.length) > limit) continue;
    const edits = distance(typed, key);
    if (edits <= limit && (!best || edits < best.edits)) best = { text: candidate, edits };
  }
  return best?.text;
}

/** The query with each word of `replacements` replaced, as whole words. */
export function replaceWords(query: string, replacements: ReadonlyMap<string, string>): string {
  return query.replace(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu, (word) => replacements.get(word) ?? word);
}

/**
 * The beginning of a word that a misspelling near its end leaves intact, to find the articles
 * whose words are near it («переговры» → «перег»): all but its last three letters, at least
 * three; `undefined` for a word too short to have one.
 */
export function wordBeginning(word: string): string | undefined {
  const letters = [...normalizeName(word)];
  return letters.length >= MIN_LETTERS + 1
    ? letters.slice(0, Math.max(3, letters.length - 3)).join('')
    : undefined;
}

/** The words of some texts, as written, each once: the archive words a result shows. */
export function textWords(texts: readonly string[]): string[] {
  return [...new Set(texts.flatMap((text) => text.match(/\p{L}+/gu) ?? []))];
}
