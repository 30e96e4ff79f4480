/**
 * Tells a tag that is not a name from one that is, before an entry is made for it: outlets tag
 * articles with lowercase words («лондонское Сити»), titles and honorifics («Её Величество»,
 * «Пророк», «министр»), punctuation (`!!!`) and single letters.
 */
import { isOnlyCommonWord } from './morphology.ts';
import { isCyrillic } from './normalize.ts';

/** Words of address and honour: never a name on their own, whatever else stands with them. */
const HONORIFICS = new Set([
  'величество',
  'высочество',
  'святейшество',
  'преосвященство',
  'высокопреосвященство',
  'превосходительство',
  'сиятельство',
  'светлость',
  'блаженство',
  'честь',
]);

/** Particles that start a name in lower case: «де Голль», «фон дер Ляйен», «ван Гог». */
const NAME_PARTICLES = new Set([
  'де',
  'да',
  'ди',
  'дю',
  'ла',
  'ле',
  'фон',
  'дер',
  'ван',
  'аль',
  'эль',
  'ибн',
  'бен',
  'бин',
]);

/**
 * Why `name` is not a name of a person or place, in words for the editor; `undefined` when it
 * may be one. People must also have a word the dictionary does not know only as a common word.
 */
export function notANameReason(name: string, kind: 'people' | 'places'): string | undefined {
  const words = name.trim().split(/\s+/u).filter(Boolean);
  const letters = name.match(/\p{L}/gu) ?? [];
  if (letters.length === 0) return 'has no letters';
  if (letters.length === 1) return 'is a single letter';
  const first = words[0]!;
  const particle = NAME_PARTICLES.has(first.toLocaleLowerCase('ru')) && words.length > 1;
  if (/^\P{Lu}*\p{Ll}/u.test(first) && !particle)
    return 'starts with a lowercase letter: a common word, not a name';
  const lower = words.map((word) =>
    word
      .toLocaleLowerCase('ru')
      .replaceAll('ё', 'е')
      .replace(/[^\p{L}-]/gu, ''),
  );
  if (lower.some((word) => HONORIFICS.has(word))) return 'is a title or form of address, not a name';
  if (
    kind === 'people' &&
    isCyrillic(name) &&
    words.every((word) => isOnlyCommonWord(word.replace(/[^\p{L}-]/gu, '')))
  )
    return 'is a common word or title («министр», «Пророк»), not a name';
  return undefined;
}
