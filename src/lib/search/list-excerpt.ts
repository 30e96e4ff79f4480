/**
 * Excerpts and mention counts for the name and date lists (search-lists.ts): where an article
 * names a person or place, in any of their forms, as the search page shows it — a few words
 * around the first mention, the mention in `<mark>`, everything else escaped as text.
 */

/** Words shown before the first mention, and in all (Pagefind's `excerptLength` on the page). */
const WORDS_BEFORE = 8;
const EXCERPT_WORDS = 24;

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Text as HTML text. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/gu, (char) => escapes[char]!);
}

/**
 * A pattern that finds any of `forms` as whole words, case-blind, the longest first (so
 * «Сергея Лаврова» is one mention, not a first name and a surname); `undefined` for no forms.
 * The typeset text joins words with no-break spaces, so any run of spaces matches a space.
 */
export function mentionPattern(forms: readonly string[]): RegExp | undefined {
  const texts = [...new Set(forms.map((form) => form.trim()).filter(Boolean))].sort(
    (a, b) => b.length - a.length,
  );
  if (texts.length === 0) return undefined;
  const alternatives = texts.map((text) =>
    text
      .split(/\s+/u)
      .map((word) => word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/[её]/gu, '[её]'))
      .join('[\\s\\u00a0]+'),
  );
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}

/** How many times the pattern occurs in the text. */
export function countMentions(text: string, pattern: RegExp | undefined): number {
  if (!pattern) return 0;
  let count = 0;
  for (const _ of text.matchAll(pattern)) count += 1;
  return count;
}

/**
 * About `EXCERPT_WORDS` words of `text` as HTML: around the first match of `pattern`, which is
 * marked, or from the start when nothing matches. A cut is shown as «…».
 */
export function excerptAround(text: string, pattern: RegExp | undefined): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  const match = pattern ? new RegExp(pattern.source, 'iu').exec(flat) : null;
  if (!match) return wordsOf(flat, EXCERPT_WORDS, 'start');
  const end = match.index + match[0].length;
  const before = wordsOf(flat.slice(0, match.index), WORDS_BEFORE, 'end');
  const room = EXCERPT_WORDS - WORDS_BEFORE - match[0].split(' ').length;
  return `${before}<mark>${escapeHtml(match[0])}</mark>${wordsOf(flat.slice(end), room, 'start')}`;
}

/**
 * At most `count` words of `text` as HTML, taken from its start or its end, with «…» where
 * words were left out; the spaces and punctuation at the kept edge stay as they were.
 */
function wordsOf(text: string, count: number, from: 'start' | 'end'): string {
  const parts = text.split(/(?<= )/u);
  const words = parts.filter((part) => part.trim()).length;
  if (words <= count) return escapeHtml(text);
  if (from === 'start') return `${escapeHtml(parts.slice(0, count).join('').trimEnd())}…`;
  return `…${escapeHtml(parts.slice(parts.length - count).join(''))}`;
}
