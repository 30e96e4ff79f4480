/**
 * Latin and Cyrillic letters that look the same («Моcква» typed with a Latin c). A word that
 * mixes the two scripts is repaired only when the answer is unambiguous: every letter of the
 * minority script has a twin in the majority script, and the majority script either has a
 * letter that cannot be the other one («Моcква») or outnumbers it at least two to one («ТАСC»).
 * «iPhoneы» and «Вo» are left as they are.
 */

const LATIN_TO_CYRILLIC: Record<string, string> = {
  a: 'а',
  c: 'с',
  e: 'е',
  o: 'о',
  p: 'р',
  x: 'х',
  y: 'у',
  A: 'А',
  B: 'В',
  C: 'С',
  E: 'Е',
  H: 'Н',
  K: 'К',
  M: 'М',
  O: 'О',
  P: 'Р',
  T: 'Т',
  X: 'Х',
};
const CYRILLIC_TO_LATIN: Record<string, string> = Object.fromEntries(
  Object.entries(LATIN_TO_CYRILLIC).map(([latin, cyrillic]) => [cyrillic, latin]),
);

const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;

/** The word written in one script, and how many letters were replaced; the word itself when unsure. */
export function fixMixedScriptWord(word: string): { word: string; replaced: number } {
  const letters = [...word];
  const cyrillic = letters.filter((letter) => CYRILLIC.test(letter));
  const latin = letters.filter((letter) => LATIN.test(letter));
  if (cyrillic.length === 0 || latin.length === 0) return { word, replaced: 0 };
  const latinAllTwins = latin.every((letter) => letter in LATIN_TO_CYRILLIC);
  const cyrillicAllTwins = cyrillic.every((letter) => letter in CYRILLIC_TO_LATIN);
  // Only one reading is possible when the other script has a letter without a twin.
  if (latinAllTwins && !cyrillicAllTwins) return replaceAll(letters, LATIN_TO_CYRILLIC);
  if (cyrillicAllTwins && !latinAllTwins) return replaceAll(letters, CYRILLIC_TO_LATIN);
  if (latinAllTwins && cyrillicAllTwins) {
    if (cyrillic.length >= 2 * latin.length) return replaceAll(letters, LATIN_TO_CYRILLIC);
    if (latin.length >= 2 * cyrillic.length) return replaceAll(letters, CYRILLIC_TO_LATIN);
  }
  return { word, replaced: 0 };
}

function replaceAll(letters: string[], table: Record<string, string>): { word: string; replaced: number } {
  let replaced = 0;
  const word = letters
    .map((letter) => {
      const twin = table[letter];
      if (twin === undefined) return letter;
      replaced += 1;
      return twin;
    })
    .join('');
  return { word, replaced };
}
