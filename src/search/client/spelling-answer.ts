/**
 * The answer to a query with misspelt words (spelling.ts). When a free word is in no text of a
 * Pagefind answer's results, they answer a shorter word and do not count: the query with the
 * nearest spellings (of the names loaded, of the results' words, else of the words of the
 * articles the word's beginning finds) is offered as a link, and when it finds articles they are
 * shown instead. The page (site-search.ts) hands it its names and its two ways to search.
 */
import type { Found } from './find-results.ts';
import type { NameDirectory } from './name-directory.ts';
import { understandQuery, type UnderstoodQuery } from './query.ts';
import { nearestSpelling, replaceWords, textWords, unmatchedWords, wordBeginning } from './spelling.ts';
import type { SearchState } from './url-state.ts';

/** What a Pagefind answer's misspelt words change. */
export interface Spelling {
  /** The answer: none of the results counts. */
  found: Found;
  /** The query with the nearest spellings, offered as a link. */
  suggestion?: SearchState;
  /** Its results, shown instead. */
  instead?: { state: SearchState; understood: UnderstoodQuery; found: Found; typed: string };
}

/** A search of a state, its query understood; nothing overtakes it. */
export type StateSearch = (state: SearchState, understood: UnderstoodQuery) => Promise<Found | undefined>;

/** What correcting a query needs of the page. */
export interface SpellingSources {
  /** The names loaded so far (their spellings are candidates), loading those a query needs. */
  names: Pick<NameDirectory, 'prepare' | 'table' | 'lookup' | 'longestNameWords'>;
  /** The answer of the lists when they give one, else of Pagefind. */
  answer: StateSearch;
  /** The answer of Pagefind alone. */
  pagefind: StateSearch;
}

/**
 * A Pagefind answer's misspelt words: none (`undefined`) when each free word is in a result's
 * text. Else the results do not count: the query with the nearest spellings is offered, and
 * when there is one its results are shown instead.
 */
export async function spellingAnswer(
  state: SearchState,
  understood: UnderstoodQuery,
  found: Found,
  sources: SpellingSources,
): Promise<Spelling | undefined> {
  // What Pagefind matched in: a page's text and its searchable metadata (its source's name…).
  const texts = found.firstPage.map((data) => [data.content ?? '', ...Object.values(data.meta)].join('\n'));
  const unmatched = unmatchedWords(understood.freeWords, texts);
  if (unmatched.length === 0) return undefined;
  const candidates = [...sources.names.table.spellings(), ...textWords(texts)];
  const replacements = new Map<string, string>();
  for (const word of unmatched) {
    const nearest =
      nearestSpelling(word, candidates) ??
      // No result has a near word: those of the articles its beginning finds may.
      nearestSpelling(word, textWords(await textsBeginning(state, word, sources)));
    if (nearest) replacements.set(word, nearest);
  }
  const none: Found = { articles: [], cardData: [], firstPage: [], keys: [] };
  if (replacements.size === 0) return { found: none };
  const suggested = { ...state, q: replaceWords(state.q, replacements) };
  await sources.names.prepare(suggested.q);
  const corrected = understandQuery(suggested.q, sources.names);
  const instead = await sources.answer(suggested, corrected);
  return {
    found: none,
    suggestion: suggested,
    ...(instead
      ? { instead: { state: suggested, understood: corrected, found: instead, typed: state.q } }
      : {}),
  };
}

/** The texts of the first articles that have a word beginning as `word` does, but for its last letters. */
async function textsBeginning(state: SearchState, word: string, sources: SpellingSources): Promise<string[]> {
  const beginning = wordBeginning(word);
  if (!beginning) return [];
  const found = await sources.pagefind({ ...state, q: beginning }, understandQuery(beginning, sources.names));
  return (found?.firstPage ?? []).map((data) => data.content ?? '');
}
