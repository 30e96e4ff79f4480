/**
 * Which cards a query earns: a person's or place's when the query names it (a whole name,
 * surname, alias or Latin name in any case, as query understanding recognised it; not a first
 * name alone, which names no one person), a source's when the query holds its whole name.
 * Pagefind's search of the entity pages prefix-matches each word, so without this «смертная
 * казнь» showed «С. Сквернялис», «Северный поток» «Северная Ирландия» and «9 июля» «Аргументы и
 * факты».
 */
import { normalizeName } from '../../lib/names/normalize.ts';
import type { PagefindResultData } from './pagefind-api.ts';
import type { UnderstoodQuery } from './query.ts';

const ENTITY_URL = /\/(people|places)\/([^/]+)\/$/u;

/** Whether the card of an entity page (Pagefind's data of it) belongs above the query's results. */
export function namedCard(card: PagefindResultData, query: string, understood: UnderstoodQuery): boolean {
  if (card.meta['kind'] === 'source') {
    const name = normalizeName(card.meta['title'] ?? '');
    return name !== '' && ` ${normalizeName(query)} `.includes(` ${name} `);
  }
  const [, kind, id] = ENTITY_URL.exec(new URL(card.url, 'http://x').pathname) ?? [];
  return understood.entities.some(
    (entity) => entity.kind === kind && entity.id === id && entity.firstName !== true,
  );
}
