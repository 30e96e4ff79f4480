/**
 * Links that highlight the searched words on the opened page with URL text fragments
 * (`#:~:text=Лаврова`): the browser scrolls to and highlights them itself, so article pages
 * stay free of JavaScript. Browsers without support simply ignore the fragment.
 */

import type { UnderstoodQuery } from './query.ts';
import { genitiveMonth } from '../shared/calendar.ts';

const MAX_DIRECTIVES = 3;

/**
 * Phrases worth highlighting that an excerpt's marks miss: a named day as articles write it
 * («26 ноября 2021», not three separate words) and the name of a person or place the query
 * named in another case or in Latin («Lavrov» → «Сергей Лавров»).
 */
export function queryPhrases(
  understood: UnderstoodQuery,
  nameOf: (kind: 'people' | 'places', id: string) => string | undefined,
): string[] {
  const days = understood.dates.flatMap((date) =>
    date.kind === 'day'
      ? [`${date.date.day} ${genitiveMonth(date.date.month)} ${date.date.year}`]
      : date.kind === 'yearDay'
        ? [`${date.day} ${genitiveMonth(date.month)}`]
        : [],
  );
  const names = understood.entities.flatMap((entity) => nameOf(entity.kind, entity.id) ?? []);
  return [...new Set([...days, ...names])];
}

/** The highlighted words of a Pagefind excerpt (`<mark>Лаврова</mark>`), unique, in order. */
export function markedWords(excerptHtml: string): string[] {
  const words = [...excerptHtml.matchAll(/<mark>(.*?)<\/mark>/gsu)].map(([, inner]) =>
    decodeEntities((inner ?? '').replace(/<[^>]*>/gu, '')).replace(/^[\p{P}\s]+|[\p{P}\s]+$/gu, ''),
  );
  return [...new Set(words.filter((word) => word.length > 1))];
}

/** The URL with a text fragment for each word (at most three); unchanged when there are none. */
export function withTextFragment(url: string, words: readonly string[]): string {
  const directives = words.slice(0, MAX_DIRECTIVES).map((word) => `text=${encodeTextDirective(word)}`);
  if (directives.length === 0) return url;
  const hashAt = url.indexOf('#');
  const base = hashAt === -1 ? url : url.slice(0, hashAt);
  return `${base}#:~:${directives.join('&')}`;
}

/** Percent-encodes a word, including the `-`, `,` and `&` that text directives reserve. */
function encodeTextDirective(text: string): string {
  return encodeURIComponent(text).replace(/-/gu, '%2D').replace(/,/gu, '%2C');
}

function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/gu, '<')
    .replace(/&gt;/gu, '>')
    .replace(/&quot;/gu, '"')
    .replace(/&#0?39;/gu, "'")
    .replace(/&amp;/gu, '&');
}
