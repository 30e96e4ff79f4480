import { describe, expect, test } from 'vitest';
import { namedCard } from '../../../../src/search/client/named-cards.ts';
import { understandQuery } from '../../../../src/search/client/query.ts';
import { NameIndex } from '../../../../src/lib/names/name-index.ts';
import type { PagefindResultData } from '../../../../src/search/client/pagefind-api.ts';

const names = new NameIndex(
  [
    ['s-skvernyalis', { id: 's-skvernyalis', name: 'С. Сквернялис', gender: 'male' }],
    ['sergey-lavrov', { id: 'sergey-lavrov', name: 'Сергей Лавров', gender: 'male' }],
  ],
  [['severnaya-irlandiya', { id: 'severnaya-irlandiya', name: 'Северная Ирландия', kind: 'region' }]],
);

const card = (url: string, kind: string, title: string): PagefindResultData => ({
  url,
  excerpt: '',
  meta: { kind, title },
  filters: {},
});
const skvernyalis = card('/letopis/people/s-skvernyalis/', 'person', 'С. Сквернялис');
const ireland = card('/places/severnaya-irlandiya/', 'place', 'Северная Ирландия');
const aif = card('/sources/argumenty-i-fakty/', 'source', 'Аргументы и факты');
const lavrov = card('/people/sergey-lavrov/', 'person', 'Сергей Лавров');

const earns = (query: string, data: PagefindResultData) =>
  namedCard(data, query, understandQuery(query, names));

describe('namedCard', () => {
  test('a person or place whose name, surname or alias the query holds, in any case', () => {
    expect(earns('Сквернялиса', skvernyalis)).toBe(true);
    expect(earns('в Северной Ирландии', ireland)).toBe(true);
    expect(earns('Лавров переговоры', lavrov)).toBe(true);
  });

  test('never for words its name merely begins like, nor for a first name alone', () => {
    expect(earns('смертная казнь', skvernyalis)).toBe(false);
    expect(earns('Северный поток', ireland)).toBe(false);
    expect(earns('Сергей', lavrov)).toBe(false);
  });

  test('a source for its whole name', () => {
    expect(earns('Аргументы и факты', aif)).toBe(true);
    expect(earns('«аргументы и факты» о брексите', aif)).toBe(true);
    expect(earns('9 июля', aif)).toBe(false);
    expect(earns('аргументы', aif)).toBe(false);
  });
});
