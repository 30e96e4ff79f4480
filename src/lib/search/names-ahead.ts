/**
 * The names a query is on its way to. While a reader types «Александр Наз», few forms of the
 * loaded name table begin with that text; once the name is complete the query becomes the
 * form's exact key (query.ts), whose index chunk every bundle then fetches, one bundle after
 * another: 30–90 ms of a 200 ms cold search at 20,000 articles (docs/performance.md, "Where
 * a cold search's time goes"). The search page preloads those keys while the reader types.
 */
import type { NameTable } from '../names/name-table.ts';
import { nameKey } from './keys.ts';

/** More completions than this are a guess: their chunks would be mostly wasted bytes. */
export const MAX_NAMES_AHEAD = 2;
/** Fewer letters than this complete to too many names to be worth a guess. */
const MIN_LETTERS = 3;

/** The keys of the names `query` is the beginning of, when there are at most `MAX_NAMES_AHEAD`. */
export function namesAhead(query: string, table: Pick<NameTable, 'formsStartingWith'>): string[] {
  if ([...query.replace(/[^\p{L}]/gu, '')].length < MIN_LETTERS) return [];
  const forms = table.formsStartingWith(query, MAX_NAMES_AHEAD);
  return forms.length > MAX_NAMES_AHEAD ? [] : forms.map(nameKey);
}
