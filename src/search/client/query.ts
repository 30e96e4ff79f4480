/**
 * Query understanding: what a reader typed, read the way a person would. Dates («12 мая 2022»,
 * «2.5.2022», «2022-05-12», «в мае 2022», «2022») become exact date keys and suggested
 * filters (query-dates.ts); names in any case or in Latin («Лаврова», «Lavrov», «в Душанбе») become exact name
 * keys and the people and places they name. The result is the text sent to Pagefind, which
 * then matches what the reader meant and not only what the stemmer guessed.
 *
 * Pure and synchronous: the search page first loads the name table buckets `nameBuckets`
 * lists for the query, then understands it.
 */
import { isCyrillic } from '../../lib/names/normalize.ts';
import { nameBucket, type NameMatch, type NameTable } from '../../lib/names/name-table.ts';
import { soundBuckets } from '../../lib/names/sound-table.ts';
import { nameKey } from '../shared/keys.ts';
import { dateFilters, splitDates, type DateExpression, type SuggestedFilters } from './query-dates.ts';

/** What the query understanding needs of a name index. */
export type NameLookup = Pick<NameTable, 'lookup' | 'longestNameWords'>;

/** A person or place the query names. */
export interface NamedEntity extends NameMatch {
  /** The words of the query that name it, as typed. */
  text: string;
}

/** A name the query recognised: its words as typed, and every person and place they can name. */
export interface RecognisedName {
  text: string;
  matches: NameMatch[];
}

export interface UnderstoodQuery {
  /**
   * The text to send to Pagefind: free words as typed (a hyphenated one as its parts); a date as its key alone; a name
   * as its key and, when written in Cyrillic, its last word. Each distinct word costs one index
   * chunk per bundle: the key alone selects exactly the pages that name the entity or date,
   * and the name's last word (the surname, the place) ranks the pages that mention it most and
   * marks it in their excerpts; the other words of a name and a date's words («12», «мая»,
   * «2022», each in thousands of pages) would only add bytes. A year's key selects the pages
   * published in it, naming one of its days or writing it (mentioned-dates.ts `articleYears`).
   */
  terms: string;
  /** Every person and place named, one entry per entity (both readings of an ambiguous form). */
  entities: NamedEntity[];
  /**
   * Every name recognised, in the query's order, with all its readings: an entity two names can
   * both mean («Алиев Алиева») is in each, as the key of each selects its pages.
   */
  names: RecognisedName[];
  dates: DateExpression[];
  filters: SuggestedFilters;
  /**
   * The exact keys within `terms`. Pagefind drops a word that matches nothing, so a key for a
   * day no page carries would silently widen the search: the caller checks each key exists.
   */
  keys: string[];
  /** The words that name nothing the query understood: free text for Pagefind. */
  freeWords: string[];
}

const PREPOSITIONS = new Set([
  'в',
  'во',
  'на',
  'о',
  'об',
  'обо',
  'про',
  'с',
  'со',
  'у',
  'к',
  'ко',
  'из',
  'от',
  'для',
  'за',
  'и',
  'по',
  'при',
]);
const YEAR_WORDS = /^(?:г|год|года|году|годом|годе)\.?$/u;

/** The words of a free text piece: letters and digits, hyphenated words kept whole. */
function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu) ?? [];
}

/** Reads a query. `names` finds people and places by any form of their name. */
export function understandQuery(query: string, names: NameLookup): UnderstoodQuery {
  const { pieces, dates } = splitDates(query.normalize('NFC'));
  const recognisedNames: RecognisedName[] = [];
  const tokens: { text: string; recognised: boolean }[] = [];
  const keys: string[] = [];
  const recognise = (words: string, key: string | undefined) => {
    tokens.push({ text: [words, key].filter(Boolean).join(' '), recognised: true });
    if (key && !keys.includes(key)) keys.push(key);
  };
  for (const piece of pieces) {
    if (!('text' in piece)) {
      recognise(piece.words, piece.key);
      continue;
    }
    const list = words(piece.text);
    for (let start = 0; start < list.length;) {
      const found = longestName(list, start, names);
      if (found) {
        const text = list.slice(start, start + found.length).join(' ');
        recognisedNames.push({ text, matches: found.matches });
        recognise(isCyrillic(found.last) ? found.last : '', nameKey(found.form));
        start += found.length;
      } else {
        // A hyphenated word goes as its parts («поток-2» → «поток 2»): Pagefind indexes the parts
        // of «поток-2» too, and would join the query's into «поток2», which «поток 2» lacks.
        tokens.push({ text: list[start]!.replace(/-/gu, ' '), recognised: false });
        start += 1;
      }
    }
  }
  const kept = tokens.filter((token, index) => {
    if (token.recognised) return true;
    const word = token.text.toLocaleLowerCase('ru');
    const next = tokens[index + 1];
    const previous = tokens[index - 1];
    if (PREPOSITIONS.has(word) && next?.recognised) return false;
    return !(YEAR_WORDS.test(word) && previous?.recognised);
  });
  return {
    terms: kept.map((token) => token.text).join(' '),
    entities: entitiesOf(recognisedNames),
    names: recognisedNames,
    dates,
    filters: dateFilters(dates),
    keys,
    freeWords: kept.filter((token) => !token.recognised).map((token) => token.text),
  };
}

/** Each person and place of the names once, with the words that first name it. */
function entitiesOf(names: readonly RecognisedName[]): NamedEntity[] {
  const found = new Map<string, NamedEntity>();
  for (const { text, matches } of names)
    for (const match of matches) {
      const key = `${match.kind}/${match.id}`;
      if (!found.has(key)) found.set(key, { ...match, text });
    }
  return [...found.values()];
}

/** The words of a query outside the dates it names. */
function wordsOutsideDates(query: string): string[] {
  const { pieces } = splitDates(query.normalize('NFC'));
  return pieces.flatMap((piece) => ('text' in piece ? words(piece.text) : []));
}

/**
 * The name table buckets (see `nameBucket`) that understanding `query` can look names up in:
 * those of its words outside the dates it names. Load them before calling `understandQuery`.
 */
export function nameBuckets(query: string): string[] {
  const buckets = wordsOutsideDates(query).map(nameBucket);
  return [...new Set(buckets.filter((bucket) => bucket !== undefined))];
}

/**
 * The sound table buckets (sound-table.ts `soundBuckets`) a name of `query` typed in another
 * script can be found in: those of its words outside the dates it names, Latin words' and the
 * Cyrillic words' that could spell a Latin name. Load them with `nameBuckets`.
 */
export function soundBucketsOf(query: string): string[] {
  return [
    ...new Set(
      wordsOutsideDates(query)
        .filter((word) => /\p{L}/u.test(word))
        .flatMap(soundBuckets),
    ),
  ];
}

/**
 * The longest name at `start`: its length in words, what it names, and the form it was found
 * as (its words in the table's order) with the word that ranks it (the surname or the place).
 * A first name and surname typed surname first, as lists write them («Лавров Сергей»), are the
 * full name: a surname alone would leave «Сергей» to mean every Сергей.
 */
function longestName(
  list: readonly string[],
  start: number,
  names: NameLookup,
): { length: number; matches: NameMatch[]; form: string; last: string } | undefined {
  const found = (length: number, text: string) => {
    const matches = names.lookup(text);
    const [match] = matches;
    if (!match) return undefined;
    // The form the archive holds: as typed, or the one a Latin spelling sounds like («Trump» →
    // «Трамп»), whose key the articles carry and whose last word they write.
    const form = match.form.text;
    return { length, matches, form, last: form.split(/\s+/u).at(-1) ?? form };
  };
  for (let length = Math.min(names.longestNameWords, list.length - start); length >= 2; length -= 1) {
    const name = found(length, list.slice(start, start + length).join(' '));
    if (name) return name;
  }
  const [first, second] = [list[start], list[start + 1]];
  if (first === undefined) return undefined;
  return (second !== undefined ? found(2, `${second} ${first}`) : undefined) ?? found(1, first);
}
