/**
 * The spelling-blind key of a name, for matching what a reader or an editor typed against
 * what the archive holds: case, ё/е, hyphens, punctuation and extra spaces do not matter.
 */
export function normalizeName(text: string): string {
  return text
    .normalize('NFC')
    .toLocaleLowerCase('ru')
    .replaceAll('ё', 'е')
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** True when the text is written in Cyrillic letters (with spaces, hyphens, digits). */
export function isCyrillic(text: string): boolean {
  return /\p{Script=Cyrillic}/u.test(text) && !/\p{Script=Latin}/u.test(text);
}
