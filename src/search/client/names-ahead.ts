/**
 * The names a query is on its way to. While a reader types «Александр Наз», few forms of the
 * loaded name table begin with that text; once the name is complete the query is answered
 * from that person's list (list-answer.ts). The search page fetches those lists while the
 * reader types, so the finished query finds them loaded.
 */
import type { NameTable, NamedKind } from '../../lib/names/name-table.ts';

/** More completions than this are a guess: their lists would be mostly wasted bytes. */
export const MAX_NAMES_AHEAD = 2;
/** Fewer letters than this complete to too many names to be worth a guess. */
const MIN_LETTERS = 3;

/**
 * The people and places named by the forms `query` is the beginning of, when there are at
 * most `MAX_NAMES_AHEAD` such forms; each entity once.
 */
export function namesAhead(
  query: string,
  table: Pick<NameTable, 'formsStartingWith' | 'lookup'>,
): { kind: NamedKind; id: string }[] {
  if ([...query.replace(/[^\p{L}]/gu, '')].length < MIN_LETTERS) return [];
  const forms = table.formsStartingWith(query, MAX_NAMES_AHEAD);
  if (forms.length > MAX_NAMES_AHEAD) return [];
  const found = new Map<string, { kind: NamedKind; id: string }>();
  for (const form of forms)
    for (const { kind, id } of table.lookup(form)) found.set(`${kind}/${id}`, { kind, id });
  return [...found.values()];
}
