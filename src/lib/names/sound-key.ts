/**
 * How a name sounds, as Double Metaphone codes (the `double-metaphone` package), so that a name
 * typed in Latin finds the person whose name the archive holds in Cyrillic («Trump» → Трамп,
 * «Theresa May» → Тереза Мэй) and a Cyrillic spelling finds a name written in Latin («Райанэйр»
 * → Ryanair). A Cyrillic word is first spelled the way English news spells Russian sounds, in
 * the few ways it may be (Х as kh or h, Э as e or a, Дж as j), and each spelling coded.
 *
 * Measured on 62 pairs of names in both scripts (docs/decisions/0034-mentions-and-sounds-in-search.md): the
 * English spellings here matched 53, the official transliterations of `@sindresorhus/transliterate`
 * and `cyrillic-to-translit-js` 39–41 («Dzhonson» is not "Johnson"); Daitch–Mokotoff and NYSIIS
 * fewer or with more false matches.
 */
import { doubleMetaphone } from 'double-metaphone';

/** Each Cyrillic letter as English spells it, most likely first. */
const ENGLISH: Record<string, readonly string[]> = {
  а: ['a'],
  б: ['b'],
  в: ['v'],
  г: ['g'],
  д: ['d'],
  е: ['e'],
  ё: ['yo'],
  ж: ['zh'],
  з: ['z'],
  и: ['i'],
  й: ['y'],
  к: ['k'],
  л: ['l'],
  м: ['m'],
  н: ['n'],
  о: ['o'],
  п: ['p'],
  р: ['r'],
  с: ['s'],
  т: ['t'],
  у: ['u'],
  ф: ['f'],
  х: ['kh', 'h'],
  ц: ['ts', 'z'],
  ч: ['ch'],
  ш: ['sh'],
  щ: ['shch'],
  ъ: [''],
  ы: ['y'],
  ь: [''],
  э: ['e', 'a'],
  ю: ['yu', 'u'],
  я: ['ya'],
};

/** More spellings of one word than this are not tried (a word with many Х and Э). */
const MAX_SPELLINGS = 8;

/** A Latin acronym is matched as written, not by sound («USA», "UK»); a Cyrillic one not at all. */
const ACRONYM = /^[A-Z]{2,4}$/u;
const CYRILLIC_ACRONYM = /^\p{Lu}{2,}$/u;

/** The English spellings of a Cyrillic word, most likely first; a Latin word as it is, lower case. */
export function englishSpellings(word: string): string[] {
  let spellings = [''];
  const lower = word.toLocaleLowerCase('ru').replaceAll('дж', 'ǰ');
  for (const letter of lower) {
    const options = letter === 'ǰ' ? ['j'] : (ENGLISH[letter] ?? [letter]);
    spellings = spellings.flatMap((start) => options.map((option) => start + option)).slice(0, MAX_SPELLINGS);
  }
  return spellings;
}

/**
 * The sound codes of one word: the Double Metaphone codes of each English spelling; a Latin
 * acronym as itself (`=usa`), which a short lower-case query word («usa») reaches too; none for
 * a Cyrillic acronym («США» is matched as written, by the name table).
 */
export function soundCodes(word: string): string[] {
  const codes = new Set<string>();
  if (CYRILLIC_ACRONYM.test(word) && !ACRONYM.test(word)) return [];
  if (ACRONYM.test(word) || /^[a-z]{2,4}$/u.test(word)) codes.add(`=${word.toLowerCase()}`);
  if (!ACRONYM.test(word))
    for (const spelling of englishSpellings(word))
      for (const code of doubleMetaphone(spelling)) if (code) codes.add(code);
  return [...codes];
}

/** The words of a name, letters and digits, hyphenated parts kept together. */
export function nameWords(text: string): string[] {
  return text.normalize('NFC').match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu) ?? [];
}
