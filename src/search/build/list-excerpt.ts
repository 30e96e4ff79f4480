/**
 * Mentions and excerpts for the name and date lists (search-lists.ts): where an article names
 * a person or place, in any of their forms, and the few words around the first mention, as
 * the search page shows them (the mention in `<mark>`, everything else escaped as text).
 *
 * Built for 20,000 articles on the search job's core: the text is read once, word by word,
 * and word runs are looked up among the forms (normalised as the name table normalises them),
 * instead of one regular expression per person run over every article that names them.
 */
import { normalizeName } from '../../lib/names/normalize.ts';
import type { ListedArticle } from './list-input.ts';

/** Words shown before the first mention, and in all (Pagefind's `excerptLength` on the page). */
const WORDS_BEFORE = 8;
const EXCERPT_WORDS = 24;

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Text as HTML text. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/gu, (char) => escapes[char]!);
}

/** Where a mention is in a text: `[start, end)` in UTF-16 units. */
export type TextRange = [start: number, end: number];

/** The mentions of one entity in a text. */
export interface Mentions {
  count: number;
  /** The first mention at or after the offset asked for. */
  first: TextRange | undefined;
}

/** A word and the separators before it, from a position on (sticky). */
const NEXT_WORD = /[^\p{L}\p{N}]*([\p{L}\p{N}]+)/uy;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Finds people and places in texts by any of their forms, as whole words, case- and ё-blind. */
export class MentionIndex {
  /** Normalised form → the entities it names. */
  readonly #forms = new Map<string, string[]>();
  /** The words an entity's forms start with: where in a text to look for it. */
  readonly #firstWords = new Map<string, Set<string>>();
  #longest = 1;

  /** `entities`: each entity's key (any string) with its forms. */
  constructor(entities: Iterable<readonly [key: string, forms: readonly string[]]>) {
    for (const [key, forms] of entities) {
      const firstWords = this.#firstWords.get(key) ?? new Set<string>();
      for (const form of forms) {
        const normalized = normalizeName(form);
        if (!normalized) continue;
        const words = normalized.split(' ');
        this.#longest = Math.max(this.#longest, words.length);
        firstWords.add(words[0]!);
        const named = this.#forms.get(normalized) ?? [];
        if (!named.includes(key)) named.push(key);
        this.#forms.set(normalized, named);
      }
      this.#firstWords.set(key, firstWords);
    }
  }

  /**
   * The mentions of each of `keys` in `text`: how many, and the first from `from` on. The
   * longest form at a place wins, whoever it names («Сергея Лаврова» is one mention of
   * Лавров, «Сергей Собянин» none of Сергей Лавров).
   */
  find(text: string, keys: ReadonlySet<string>, from = 0): Map<string, Mentions> {
    // Same length as the text: İ is the one letter whose lower case is two code units.
    const lower = text.replaceAll('İ', 'I').toLowerCase().replaceAll('ё', 'е');
    const found = new Map<string, Mentions>();
    // The end of the last form found: a word inside it starts no other.
    let taken = 0;
    for (const start of this.#candidates(lower, keys)) {
      if (start < taken) continue;
      const words: string[] = [];
      const ends: number[] = [];
      NEXT_WORD.lastIndex = start;
      for (let match; words.length < this.#longest && (match = NEXT_WORD.exec(lower));) {
        words.push(match[1]!);
        ends.push(NEXT_WORD.lastIndex);
      }
      for (let length = words.length; length >= 1; length -= 1) {
        const named = this.#forms.get(words.slice(0, length).join(' '));
        if (!named) continue;
        const range: TextRange = [start, ends[length - 1]!];
        for (const key of named) {
          if (!keys.has(key)) continue;
          const mentions = found.get(key) ?? { count: 0, first: undefined };
          mentions.count += 1;
          if (!mentions.first && start >= from) mentions.first = range;
          found.set(key, mentions);
        }
        taken = range[1];
        break;
      }
    }
    return found;
  }

  /** Where one of the entities' first words stands as a whole word in the text, in order. */
  #candidates(lower: string, keys: ReadonlySet<string>): number[] {
    const starts = new Set<number>();
    for (const key of keys) {
      for (const word of this.#firstWords.get(key) ?? []) {
        for (let at = lower.indexOf(word); at !== -1; at = lower.indexOf(word, at + 1)) {
          const before = lower[at - 1];
          const after = lower[at + word.length];
          if ((before && LETTER_OR_DIGIT.test(before)) || (after && LETTER_OR_DIGIT.test(after))) continue;
          starts.add(at);
        }
      }
    }
    return [...starts].sort((a, b) => a - b);
  }
}

/**
 * About `EXCERPT_WORDS` words of `text` as HTML: around `mention`, which is marked, or from the
 * start without one. A cut is shown as «…».
 */
export function excerptAt(text: string, mention?: TextRange): string {
  if (!mention) return wordsOf(text, EXCERPT_WORDS, 'start');
  const [start, end] = mention;
  const marked = text.slice(start, end).replace(/\s+/gu, ' ');
  const before = wordsOf(text.slice(0, start), WORDS_BEFORE, 'end');
  const room = EXCERPT_WORDS - WORDS_BEFORE - marked.split(' ').length;
  return `${before}<mark>${escapeHtml(marked)}</mark>${wordsOf(text.slice(end), room, 'start')}`;
}

/** No word is longer than this: a window of `count` words needs no more characters. */
const CHARACTERS_A_WORD = 40;

/**
 * At most `count` words of `text` as HTML, from its start or its end, spaces made single,
 * with «…» where words were left out; the punctuation at the kept edge stays.
 */
function wordsOf(text: string, count: number, from: 'start' | 'end'): string {
  // Only the edge is read: an article's text is thousands of words.
  const window = count * CHARACTERS_A_WORD;
  const piece = from === 'start' ? text.slice(0, window) : text.slice(-window);
  const flat = piece.replace(/\s+/gu, ' ');
  const cut = piece.length < text.length;
  if (from === 'start') {
    let end = 0;
    for (let words = 0; end < flat.length && words < count; end += 1) {
      const space = flat.indexOf(' ', end);
      const next = space === -1 ? flat.length : space;
      if (next > end) words += 1;
      end = next;
    }
    const kept = flat.slice(0, end);
    return kept.length < flat.length || cut ? `${escapeHtml(kept.trimEnd())}…` : escapeHtml(kept);
  }
  let start = flat.length;
  for (let words = 0; start > 0 && words < count; start -= 1) {
    const space = flat.lastIndexOf(' ', start - 1);
    if (space + 1 < start) words += 1;
    start = space + 1;
  }
  const kept = flat.slice(Math.max(0, start));
  return kept.length < flat.length || cut ? `…${escapeHtml(kept.trimStart())}` : escapeHtml(kept);
}

/** What the lists take from an article's text. */
export interface ArticleMentions {
  /** For each person and place asked for (`kind/id`): the excerpt and the mentions in the text. */
  named: Record<string, [excerpt: string, count: number]>;
  /** The excerpt without a mention: the start of the text. */
  opening: string;
}

/** An article's mentions (for its lists): each named entity's first mention as an excerpt, and their count. */
export function articleMentions(
  article: ListedArticle,
  refs: ReadonlySet<string>,
  index: MentionIndex,
): ArticleMentions {
  // The text a result's excerpt comes from, as Pagefind's would: lead and body.
  const shown = [article.lead, article.text].filter(Boolean).join('\n');
  const heading = `${article.title}\n`;
  const found =
    refs.size > 0 ? index.find(heading + shown, refs, heading.length) : new Map<string, Mentions>();
  const named: ArticleMentions['named'] = {};
  for (const ref of refs) {
    const { count = 0, first } = found.get(ref) ?? {};
    named[ref] = [excerptAt(shown, first && [first[0] - heading.length, first[1] - heading.length]), count];
  }
  return { named, opening: excerptAt(shown) };
}
