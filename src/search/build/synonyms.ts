/**
 * The search synonyms (`content/synonyms.yaml`, src/schemas/synonyms.ts) applied at index time:
 * an article that uses any spelling of a group gets every spelling of the group in a metadata
 * field of its search record, which Pagefind searches but never shows in an excerpt. A search
 * for «Брекзит» then finds the articles that write «Брексит» or «Brexit»: one Pagefind search,
 * whatever the spelling typed (Pagefind has no OR, so expanding the query would cost a search
 * per spelling), in every shard and in the word directory alike.
 *
 * A spelling is found in any case form: its words are compared as Pagefind compares them
 * (lower case, ё → е, hyphens and other punctuation splitting words), each text word beginning
 * with the spelling word's Snowball stem («Брексита», «брекзитом»); a number, or a word whose
 * stem is shorter than four letters («ЕС»), must be the whole word.
 */
import { stemmer } from '@orama/stemmers/russian';
import type { SynonymGroup } from '../../schemas/synonyms.ts';

/** The metadata field the spellings go into. */
export const SYNONYMS_META = 'synonyms';

/** Drops diacritics as Pagefind does: ё → е, й → и. */
function folded(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}

/** The words of a text in lower case, split at hyphens and other punctuation. */
function lowerWords(text: string): string[] {
  return (
    text
      .normalize('NFC')
      .toLocaleLowerCase('ru')
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/** How a word of a spelling matches a word of a text. */
interface SpellingWord {
  /** The text word must begin with this (its stem), or be it (`exact`). */
  text: string;
  exact: boolean;
}

/** A spelling as a sequence of word tests, and its group. */
interface Spelling {
  words: SpellingWord[];
  group: number;
}

/** A word of a spelling, stemmed before it is folded («северный» → «северн», not «северны»). */
function spellingWord(word: string): SpellingWord {
  const stem = folded(stemmer(word));
  return /^\p{N}+$/u.test(word) || stem.length < 4
    ? { text: folded(word), exact: true }
    : { text: stem, exact: false };
}

const matches = (word: SpellingWord, text: string) =>
  word.exact ? text === word.text : text.startsWith(word.text);

/** The metadata value of an article's text: the spellings of the groups it uses, or `undefined`. */
export type SynonymFinder = (text: string) => string | undefined;

/** Spellings by the first two letters of their first word, so a text word looks at few. */
function spellingsByStart(groups: readonly SynonymGroup[]): Map<string, Spelling[]> {
  const byStart = new Map<string, Spelling[]>();
  groups.forEach((group, index) => {
    for (const variant of group.variants) {
      const words = lowerWords(variant).map(spellingWord);
      const start = words[0]?.text.slice(0, 2);
      if (start !== undefined) byStart.set(start, [...(byStart.get(start) ?? []), { words, group: index }]);
    }
  });
  return byStart;
}

/** The groups a text uses, each with the words that spelled it there («брекзита»). */
function groupsIn(byStart: ReadonlyMap<string, Spelling[]>, text: string): Map<number, string[]> {
  const used = new Map<number, string[]>();
  const words = lowerWords(text);
  const plain = words.map(folded);
  plain.forEach((word, at) => {
    for (const spelling of byStart.get(word.slice(0, 2)) ?? [])
      if (spelling.words.every((part, offset) => matches(part, plain[at + offset] ?? '')))
        used.set(spelling.group, [
          ...(used.get(spelling.group) ?? []),
          words.slice(at, at + spelling.words.length).join(' '),
        ]);
  });
  return used;
}

/**
 * The finder of the metadata each article gets: every spelling of every group its text uses,
 * as the group lists it and in every form the archive's `texts` write it. The forms matter:
 * Snowball stems a word's cases differently («брексит» → «брекс», «брексита» → «брексит»), and
 * Pagefind matches a query by its stem's prefix, so «брекзита» finds a «Brexit» article only
 * through the form «брекзита» itself.
 */
export function synonymFinder(groups: readonly SynonymGroup[], texts: Iterable<string> = []): SynonymFinder {
  const byStart = spellingsByStart(groups);
  if (byStart.size === 0) return () => undefined;
  const spellings = groups.map((group) => new Set(group.variants));
  for (const text of texts)
    for (const [group, forms] of groupsIn(byStart, text))
      for (const form of forms) spellings[group]!.add(form);
  const joined = spellings.map((group) => [...group].join(' · '));
  return (text) => {
    const used = [...groupsIn(byStart, text).keys()].sort((a, b) => a - b);
    return used.length > 0 ? used.map((group) => joined[group]).join(' · ') : undefined;
  };
}
