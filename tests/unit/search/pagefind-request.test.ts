import { describe, expect, test } from 'vitest';
import { articleRequest, entityRequest } from '../../../src/lib/search/pagefind-request.ts';
import { parseState } from '../../../src/lib/search/url-state.ts';
import type { UnderstoodQuery } from '../../../src/lib/search/query.ts';

const understood = (terms: string): UnderstoodQuery => ({
  terms,
  entities: [],
  dates: [],
  filters: {},
  keys: [],
});

describe('Pagefind requests', () => {
  test('articles: the understood terms, only articles, chosen filters combined per kind', () => {
    const state = parseState('?q=x&person=a&person=b&year=2021&year=2022&sort=oldest');
    expect(articleRequest(state, understood('x zzkey'))).toEqual({
      term: 'x zzkey',
      options: {
        filters: { kind: 'article', person: { all: ['a', 'b'] }, year: { any: ['2021', '2022'] } },
        sort: { date: 'asc' },
      },
    });
  });

  test('relevance keeps Pagefind’s order; browsing without a query lists newest first', () => {
    expect(articleRequest(parseState('?q=x'), understood('x')).options.sort).toBeUndefined();
    expect(articleRequest(parseState('?place=baku'), undefined)).toEqual({
      term: null,
      options: { filters: { kind: 'article', place: { all: ['baku'] } }, sort: { date: 'desc' } },
    });
    expect(articleRequest(parseState('?q=x&sort=newest'), understood('x')).options.sort).toEqual({
      date: 'desc',
    });
  });

  test('entity cards only for a query without filters', () => {
    expect(entityRequest(parseState('?q=x'), understood('x'))).toEqual({
      term: 'x',
      options: { filters: { kind: { any: ['person', 'place', 'source'] } } },
    });
    expect(entityRequest(parseState('?q=x&year=2022'), understood('x'))).toBeUndefined();
    expect(entityRequest(parseState('?year=2022'), undefined)).toBeUndefined();
  });
});
