/**
 * One article as an editor or a crawler hands it over — `{"title", "date", "source", "url",
 * "text", "people", "places", "lead"}` — checked and cleaned. Every problem of a record is
 * reported at once, in words that say how to fix it; clean-up is counted, never hidden.
 */
import {
  addCounts,
  cleanLine,
  cleanText,
  emptyCounts,
  paragraphs,
  type CleanupCounts,
} from './clean-text.ts';
import { parseInputDate, type InputDate } from './input-date.ts';
import type { GivenName } from './entities.ts';

/** A checked, cleaned article, its references still names. */
export interface ArticleInput {
  title: string;
  date: InputDate;
  /** Outlet name (or id) as given. */
  source: string;
  url?: string | undefined;
  lead?: string | undefined;
  paragraphs: string[];
  /** Names as given, each with its Latin spelling when the record has one. */
  people: GivenName[];
  places: GivenName[];
}

export type InputCheck =
  { ok: true; article: ArticleInput; cleanup: CleanupCounts } | { ok: false; reasons: string[] };

/** Checks a parsed JSON value (one JSONL line, or the `npm run new` answers). */
export function checkArticleInput(record: unknown): InputCheck {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    return {
      ok: false,
      reasons: [
        'must be a JSON object such as {"title": "…", "date": "2022-05-12", "source": "ТАСС", "text": "…"}',
      ],
    };
  }
  const fields = record as Record<string, unknown>;
  const reasons: string[] = [];
  const cleanup = emptyCounts();
  const cleaned = (value: string, clean: typeof cleanLine) => {
    const result = clean(value);
    addCounts(cleanup, result.counts);
    return result.text;
  };

  const required = (name: string, clean: typeof cleanLine): string | undefined => {
    const value = fields[name];
    if (value === undefined || value === null) {
      reasons.push(`"${name}" is missing`);
      return undefined;
    }
    if (typeof value !== 'string') {
      reasons.push(`"${name}" must be a string, got ${JSON.stringify(value)}`);
      return undefined;
    }
    const text = cleaned(value, clean);
    if (text.length === 0) reasons.push(`"${name}" is empty`);
    return text || undefined;
  };
  const optional = (name: string): string | undefined => {
    const value = fields[name];
    if (value === undefined || value === null || value === '') return undefined;
    if (typeof value !== 'string') {
      reasons.push(`"${name}" must be a string, got ${JSON.stringify(value)}`);
      return undefined;
    }
    return cleaned(value, cleanLine) || undefined;
  };
  const names = (name: string): GivenName[] => {
    const value = fields[name] ?? [];
    const isName = (item: unknown) =>
      typeof item === 'string' ||
      (typeof item === 'object' &&
        item !== null &&
        typeof (item as Record<string, unknown>)['name'] === 'string' &&
        ['string', 'undefined'].includes(typeof (item as Record<string, unknown>)['latin']));
    if (!Array.isArray(value) || !value.every(isName)) {
      reasons.push(
        `"${name}" must be a list of names such as ["Сергей Лавров", {"name": "Тереза Мэй", "latin": "Theresa May"}], got ${JSON.stringify(value)}`,
      );
      return [];
    }
    const seen = new Set<string>();
    const list: GivenName[] = [];
    for (const item of value as (string | { name: string; latin?: string })[]) {
      const given = typeof item === 'string' ? { name: item } : item;
      const text = cleaned(given.name, cleanLine);
      const latin = given.latin === undefined ? undefined : cleaned(given.latin, cleanLine) || undefined;
      if (!text || seen.has(text)) continue;
      seen.add(text);
      list.push(latin ? { name: text, latin } : { name: text });
    }
    return list;
  };

  const title = required('title', cleanLine);
  let date: InputDate | undefined;
  if (fields['date'] === undefined || fields['date'] === null || fields['date'] === '') {
    reasons.push('"date" is missing');
  } else {
    const parsed = parseInputDate(fields['date']);
    if (parsed.ok) date = parsed.value;
    else reasons.push(`"date": ${parsed.reason}`);
  }
  const source = required('source', cleanLine);
  const text = required('text', cleanText);
  const url = optional('url');
  if (url !== undefined && !/^https?:\/\/[^\s/]+\.[^\s]*$/.test(url)) {
    reasons.push(`"url" must be an http(s) address such as https://tass.ru/politika/1, got "${url}"`);
  }
  const lead = optional('lead');
  const people = names('people');
  const places = names('places');

  if (reasons.length > 0 || !title || !date || !source || !text) return { ok: false, reasons };
  return {
    ok: true,
    article: { title, date, source, url, lead, paragraphs: paragraphs(text), people, places },
    cleanup,
  };
}
