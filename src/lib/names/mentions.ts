/**
 * The known people and places an article's text mentions, for tagging it: a whole name in any
 * case («Сергея Лаврова», «в Великобритании»), or a surname alone when one person in the archive
 * has it («Лавров заявил»). A word that is a common word as written («Мир», «Вера», «Роман»)
 * is not taken for a name at the start of a sentence, where every word has a capital; a match
 * must start with a capital letter anywhere.
 */
import { isCommonWord } from './morphology.ts';
import type { EntityKind, NameCatalogue } from './name-catalogue.ts';

/** One mention found in text. */
export interface Mention {
  kind: EntityKind;
  id: string;
  /** The words as the text has them. */
  text: string;
}

interface Word {
  text: string;
  /** First word of a sentence (or of the text, or after an opening quote or dash there). */
  sentenceStart: boolean;
}

const WORD = /[\p{L}\p{N}]+(?:[-’'][\p{L}\p{N}]+)*/gu;

/** The words of a text, each marked when it starts a sentence. */
function words(text: string): Word[] {
  const found: Word[] = [];
  let last = 0;
  for (const match of text.matchAll(WORD)) {
    const between = text.slice(last, match.index);
    const sentenceStart =
      found.length === 0
        ? /^[\s«"„“(—–-]*$/u.test(between)
        : /[.!?…]["»”)]*\s+[«"„“(—–-]*\s*$|\n\s*$/u.test(between);
    found.push({ text: match[0], sentenceStart });
    last = match.index + match[0].length;
  }
  return found;
}

/** True when the surname names exactly one person and nothing else. */
function uniqueSurname(catalogue: NameCatalogue, text: string): string | undefined {
  const people = catalogue.surname(text);
  return people.length === 1 ? people[0] : undefined;
}

/** The mentions in `texts` (title, lead, paragraphs), each entity once, in order of appearance. */
export function findMentions(catalogue: NameCatalogue, texts: readonly string[]): Mention[] {
  const mentions = new Map<string, Mention>();
  for (const text of texts) {
    const list = words(text);
    for (let start = 0; start < list.length; start += 1) {
      const first = list[start]!;
      if (!/^\p{Lu}/u.test(first.text)) continue;
      for (let length = Math.min(catalogue.longestNameWords, list.length - start); length >= 1; length -= 1) {
        const span = list.slice(start, start + length);
        if (!span.every((word) => /^\p{Lu}/u.test(word.text) || word.text.length <= 3)) continue;
        const phrase = span.map((word) => word.text).join(' ');
        if (length === 1 && first.sentenceStart && isCommonWord(first.text)) break;
        const matches = catalogue.formMatches(phrase);
        const whole = matches.filter((match) => match.part === 'full');
        const chosen =
          whole.length === 1
            ? whole[0]
            : whole.length === 0 && matches.length > 0
              ? (() => {
                  const id = uniqueSurname(catalogue, phrase);
                  return id ? { kind: 'people' as const, id } : undefined;
                })()
              : undefined;
        if (!chosen) {
          if (matches.length > 0) break;
          continue;
        }
        const key = `${chosen.kind}/${chosen.id}`;
        if (!mentions.has(key)) mentions.set(key, { kind: chosen.kind, id: chosen.id, text: phrase });
        start += length - 1;
        break;
      }
    }
  }
  return [...mentions.values()];
}
