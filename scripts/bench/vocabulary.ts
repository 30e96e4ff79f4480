/**
 * The words and sentences the synthetic articles are written with: lowercase common words
 * from the Hunspell Russian dictionary (`dictionary-ru`, ~100k stems) and the real
 * sentences of the articles in `content/`, so the index sees a realistic vocabulary.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import dictionary from 'dictionary-ru';
import { parseMarkdown, plainText } from '../../src/lib/markdown/parse.ts';

export interface Vocabulary {
  /** Distinct lowercase Russian words. */
  words: string[];
  /** Whole sentences taken from the real archive. */
  sentences: string[];
}

/** Common words: the dictionary's lowercase Cyrillic stems (proper nouns and abbreviations left out). */
export function dictionaryWords(): string[] {
  const lines = new TextDecoder().decode(dictionary.dic).split('\n').slice(1);
  const words = new Set<string>();
  for (const line of lines) {
    const word = line.split('/')[0]?.trim() ?? '';
    if (/^[а-яё]{2,}$/.test(word)) words.add(word);
  }
  return [...words].sort();
}

/** The sentences of every article under `<contentRoot>/articles`. */
export function seedSentences(contentRoot: string): string[] {
  const root = join(contentRoot, 'articles');
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.md'))
    .sort();
  return files.flatMap((name) =>
    splitSentences(plainText(parseMarkdown(readFileSync(join(root, name), 'utf8')).body)),
  );
}

/** Splits text after `.`, `!` or `?` followed by a space and a capital letter or a digit. */
export function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=[А-ЯЁA-Z0-9«"])/u)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length > 20);
}

export function loadVocabulary(contentRoot: string): Vocabulary {
  return { words: dictionaryWords(), sentences: seedSentences(contentRoot) };
}
