/**
 * What a query still being typed is on its way to, once its name table buckets are loaded.
 * Searching every keystroke's text in Pagefind would load the whole index (every year shard's
 * metadata, ~250 KB at 20,000 articles) for a prefix such as «Але» or «21 ию», whose results
 * the next keystroke replaces; a query on its way to a name or a date is answered from the
 * name and date lists (list-answer.ts) once it is one, and until then:
 *
 * - the beginning of the names of a few people or places is shown as those names' articles
 *   («Лаврен» → Лаврентьев's list), when their lists hold every article (else as below);
 * - the beginning of a date («21 ию», «21 июля», «июль»), or of the names of many
 *   («Александр», on its way to one Alexander), is searched as it stands only once the reader
 *   pauses (`PAUSE_MS`): the next keystroke usually comes first.
 *
 * Anything else is searched at once. A query opened by URL or sent with Enter is always
 * searched as it is: this is only for keystrokes.
 */
import type { NameTable, NamedKind } from '../../lib/names/name-table.ts';
import { beginsMonthWord } from '../shared/calendar.ts';
import type { UnderstoodQuery } from './query.ts';

/** How long a keystroke's text on its way to a name or date waits for the next keystroke. */
export const PAUSE_MS = 300;
/** More people and places than this begin the typed text: it is not worth their lists yet. */
export const MAX_NAMES_BEGUN = 4;
/** How many forms are read to find the entities a text begins (a name has ~20 forms). */
const FORMS_READ = 100;

export type TypingAhead =
  { kind: 'names'; entities: { kind: NamedKind; id: string }[] } | { kind: 'pause' } | { kind: 'search' };

/** Whether the text is a date being typed: a day and the start of a month, or a month alone. */
function typingDate(words: readonly string[]): boolean {
  const last = words.at(-1) ?? '';
  if (!beginsMonthWord(last)) return false;
  const before = words.at(-2);
  return before === undefined || /^\d{1,2}$/u.test(before);
}

/**
 * For a query that the lists cannot answer as it stands (call `listPlan` first): the names
 * it begins, a pause, or a search.
 */
export function typingAhead(
  query: string,
  table: Pick<NameTable, 'formsStartingWith' | 'lookup'>,
): TypingAhead {
  const words = query.trim().split(/\s+/u);
  if (typingDate(words)) return { kind: 'pause' };
  const forms = table.formsStartingWith(query, FORMS_READ);
  if (forms.length === 0) return { kind: 'search' };
  const entities = new Map<string, { kind: NamedKind; id: string }>();
  for (const form of forms)
    for (const { kind, id } of table.lookup(form)) entities.set(`${kind}/${id}`, { kind, id });
  if (forms.length > FORMS_READ || entities.size > MAX_NAMES_BEGUN) return { kind: 'pause' };
  return { kind: 'names', entities: [...entities.values()] };
}

/**
 * Whether a keystroke's text ends with a day and month («12 мая»): the reader may be about to
 * type the year, so the list of that day in every year waits for the pause like a date being
 * typed, instead of being fetched for a query the next keystrokes replace.
 */
export function yearMayFollow(
  understood: Pick<UnderstoodQuery, 'dates'> | undefined,
  query: string,
): boolean {
  const last = understood?.dates.at(-1);
  return last?.kind === 'yearDay' && query.trimEnd().endsWith(last.text);
}
