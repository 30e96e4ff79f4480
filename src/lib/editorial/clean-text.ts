/**
 * Repairs the characters that crawled text brings along, never its wording: line endings,
 * control characters, invisible characters, look-alike letters from the other alphabet, stray spaces. Every
 * change is counted by kind so an import can say what it did. Anything ambiguous (a space
 * in a score «2 : 1», an ellipsis « ...», a single no-break space) is left alone.
 */
import { CONTROL_CHARACTERS } from '../control-characters.ts';
import { fixMixedScriptWord } from './homoglyphs.ts';

/** The kinds of repair, in the order the summary lists them. */
export const CLEANUP_KINDS = {
  unicode: 'decomposed letters composed (й, ё written as two code points)',
  lineEndings: 'Windows/old Mac line endings turned into \\n',
  controlCharacters:
    'control characters removed (NUL, BEL, ESC… from copy-paste: invisible, they break feeds)',
  invisible: 'invisible characters removed (zero-width spaces and joiners, soft hyphens, BOM)',
  homoglyphs: 'look-alike Latin/Cyrillic letters replaced inside words («Моcква»)',
  spaceBeforePunctuation: 'spaces before , . ; : ! ? removed',
  spaceRuns: 'runs of spaces, tabs and no-break spaces made one space',
  edgeSpaces: 'spaces at the start or end of a line removed',
  blankLines: 'extra blank lines between paragraphs removed',
} as const;

export type CleanupKind = keyof typeof CLEANUP_KINDS;
export type CleanupCounts = Record<CleanupKind, number>;

/** Text after clean-up and how many changes of each kind were made. */
export interface Cleaned {
  text: string;
  counts: CleanupCounts;
}

export function emptyCounts(): CleanupCounts {
  return {
    unicode: 0,
    lineEndings: 0,
    controlCharacters: 0,
    invisible: 0,
    homoglyphs: 0,
    spaceBeforePunctuation: 0,
    spaceRuns: 0,
    edgeSpaces: 0,
    blankLines: 0,
  };
}

/** Adds `more` into `total` (in place) and returns `total`. */
export function addCounts(total: CleanupCounts, more: CleanupCounts): CleanupCounts {
  for (const kind of Object.keys(total) as CleanupKind[]) total[kind] += more[kind];
  return total;
}

/** The number of changes of all kinds. */
export function totalChanges(counts: CleanupCounts): number {
  return Object.values(counts).reduce((sum, count) => sum + count, 0);
}

// U+200B zero-width space, U+2060 word joiner, U+FEFF BOM/ZWNBSP, U+00AD soft hyphen: never
// visible in running text. ZWNJ/ZWJ (U+200C/D) also build emoji, so they go only outside those.
const ALWAYS_INVISIBLE = /[\u200B\u2060\uFEFF\u00AD]/gu;
const JOINER_OUTSIDE_EMOJI =
  /(?<![\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F])[\u200C\u200D](?![\p{Extended_Pictographic}\p{Emoji_Modifier}])/gu;
const WORD = /[\p{L}\p{M}]+/gu;
// Horizontal white space; a lone no-break or thin space is deliberate typography and stays.
const SPACE_RUN = /[ \t\u00A0\u2000-\u200A\u202F\u205F\u3000]{2,}|\t/gu;
const EDGE_SPACES =
  /^[ \t\u00A0\u2000-\u200A\u202F\u205F\u3000]+|[ \t\u00A0\u2000-\u200A\u202F\u205F\u3000]+$/gmu;
// After a letter or a closing quote/bracket, before punctuation that ends a word and is
// followed by a space, the end, or a closing quote: «Москва ,» but not «2 : 1» or « ...».
const SPACE_BEFORE_PUNCTUATION = /(?<=[\p{L}\p{M}»"')\]])[ \u00A0]+(?=[,.;:!?](?:[\s»"')\]]|$))/gu;

/**
 * Cleans multi-paragraph text: paragraphs stay separated by one blank line, lines inside a
 * paragraph stay as they are.
 */
export function cleanText(input: string): Cleaned {
  const counts = emptyCounts();
  const replace = (text: string, pattern: RegExp, kind: CleanupKind, by: (match: string) => string) =>
    text.replace(pattern, (match) => {
      const replacement = by(match);
      if (replacement !== match) counts[kind] += 1;
      return replacement;
    });

  let text = input.normalize('NFC');
  counts.unicode = input.length - text.length;
  text = replace(text, /\r\n?/g, 'lineEndings', () => '\n');
  text = replace(text, CONTROL_CHARACTERS, 'controlCharacters', () => '');
  text = replace(text, ALWAYS_INVISIBLE, 'invisible', () => '');
  text = replace(text, JOINER_OUTSIDE_EMOJI, 'invisible', () => '');
  text = text.replace(WORD, (word) => {
    const fixed = fixMixedScriptWord(word);
    counts.homoglyphs += fixed.replaced;
    return fixed.word;
  });
  text = replace(text, EDGE_SPACES, 'edgeSpaces', () => '');
  text = replace(text, SPACE_RUN, 'spaceRuns', (run) => (/^\u00A0+$/u.test(run) ? '\u00A0' : ' '));
  text = replace(text, SPACE_BEFORE_PUNCTUATION, 'spaceBeforePunctuation', () => '');
  text = replace(text, /\n{3,}/g, 'blankLines', () => '\n\n');
  const trimmed = text.replace(/^\n+|\n+$/g, '');
  if (trimmed !== text) counts.blankLines += 1;
  return { text: trimmed, counts };
}

/** Cleans a one-line field (title, name): as `cleanText`, and a line break becomes a space. */
export function cleanLine(input: string): Cleaned {
  const { text, counts } = cleanText(input);
  const line = text.replace(/\n+/g, () => {
    counts.spaceRuns += 1;
    return ' ';
  });
  return { text: line, counts };
}

/** The paragraphs of cleaned text: blocks separated by blank lines. */
export function paragraphs(text: string): string[] {
  return text.split(/\n{2,}/).filter((paragraph) => paragraph.length > 0);
}
