/**
 * Russian alphabetical order and the letter bar (А–Я) of the people, places and sources
 * indexes. `Intl.Collator('ru')` puts Ё with Е (Егоров, Ёлкин, Ершова), as Russian
 * dictionaries do; the bar follows it and files Ё under Е. Names that start with anything
 * else (Latin, digits) go to a last group, «#».
 */

/** The collator every Russian list is sorted with. */
export const russianCollator = new Intl.Collator('ru');

/** The letters of the bar, in order. Ё is filed under Е. */
export const ALPHABET = [...'АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ'];

/** The group for names that do not start with a Russian letter. */
export const OTHER_LETTER = '#';

/** The bar letter a name is filed under: its first letter, Ё as Е, else «#». */
export function letterOf(sortName: string): string {
  const first = sortName.trim().charAt(0).toLocaleUpperCase('ru');
  const letter = first === 'Ё' ? 'Е' : first;
  return ALPHABET.includes(letter) ? letter : OTHER_LETTER;
}

/** «Лавров Сергей» for «Сергей Лавров»: indexes of people are ordered by surname. */
export function surnameFirst(name: string): string {
  const words = name.trim().split(/\s+/u);
  return words.length > 1 ? [words.at(-1), ...words.slice(0, -1)].join(' ') : name.trim();
}

/**
 * Words that make a name a title or a form of address rather than a first name and surname:
 * «Её Величество», «Папа Франциск», «Патриарх Кирилл», «Далай-лама».
 */
const TITLE_WORDS = new Set(
  [
    'его',
    'её',
    'ее',
    'их',
    'величество',
    'высочество',
    'святейшество',
    'превосходительство',
    'папа',
    'патриарх',
    'митрополит',
    'король',
    'королева',
    'принц',
    'принцесса',
    'царь',
    'султан',
    'эмир',
    'шейх',
    'шах',
    'князь',
    'княгиня',
    'герцог',
    'герцогиня',
    'далай-лама',
    'sir',
    'lady',
    'lord',
    'pope',
    'king',
    'queen',
    'prince',
    'princess',
  ].map((word) => word.toLocaleLowerCase('ru')),
);

/** A Roman numeral of a regnal name: «Бенедикт XVI», «Елизавета II». */
const ROMAN_NUMERAL = /^[IVXLCDM]+$/u;

/**
 * Whether a name is a personal name — a first name (and patronymic) then a surname, each
 * capitalised — so that an index may file it under its surname. Single names, regnal names
 * with a numeral and titles are not: they are filed as written.
 */
export function isPersonalName(name: string): boolean {
  const words = name.trim().split(/\s+/u);
  if (words.length < 2 || words.length > 4) return false;
  return words.every(
    (word) =>
      !ROMAN_NUMERAL.test(word) &&
      !TITLE_WORDS.has(word.toLocaleLowerCase('ru')) &&
      /^\p{Lu}[\p{L}'’.-]*$/u.test(word),
  );
}

/** How a people index lists a name: surname first for personal names, else as written. */
export function indexName(name: string): string {
  return isPersonalName(name) ? surnameFirst(name) : name.trim();
}

/** One letter of the bar and the entries filed under it, in Russian order. */
export interface LetterGroup<T> {
  letter: string;
  /** A stable ASCII fragment id for the group's heading: `letter-06`. */
  anchor: string;
  items: T[];
}

/**
 * The whole bar: every letter of the alphabet (empty ones too, so the bar does not jump),
 * then «#» if anything is filed there. Items are sorted by `sortName` with the collator.
 */
export function letterGroups<T>(items: readonly T[], sortName: (item: T) => string): LetterGroup<T>[] {
  const keyed = items.map((item) => ({ item, key: sortName(item) }));
  keyed.sort((a, b) => russianCollator.compare(a.key, b.key));
  const letters = [...ALPHABET, OTHER_LETTER];
  const groups = letters.map((letter, index) => ({
    letter,
    anchor: `letter-${String(index + 1).padStart(2, '0')}`,
    items: [] as T[],
  }));
  const byLetter = new Map(groups.map((group) => [group.letter, group]));
  for (const { item, key } of keyed) byLetter.get(letterOf(key))?.items.push(item);
  return groups.filter((group) => group.letter !== OTHER_LETTER || group.items.length > 0);
}
