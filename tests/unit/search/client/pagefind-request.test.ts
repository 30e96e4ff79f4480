import { describe, expect, test } from 'vitest';
import {
  articleRequest,
  articleShards,
  withEveryKey,
  withinYears,
  articleSearch,
  entityRequest,
  facetKeys,
  facetRequest,
  matchesPerShard,
  shardsWithEveryKey,
  warmUpRequest,
  withinShards,
} from '../../../../src/search/client/pagefind-request.ts';
import { parseState } from '../../../../src/search/client/url-state.ts';
import { ENTITY_BUNDLE, shardYears } from '../../../../src/search/shared/shards.ts';
import type { UnderstoodQuery } from '../../../../src/search/client/query.ts';

const understood = (terms: string, keys: string[] = []): UnderstoodQuery => ({
  terms,
  freeWords: [],
  entities: [],
  names: [],
  dates: [],
  filters: {},
  keys,
});
const SHARDS = [ENTITY_BUNDLE, '2013-2024', '2001-2012'];
const YEARS = ['2013-2024', '2001-2012'];
const NOT_ENTITIES = { none: ['person', 'place', 'source'] };

describe('Pagefind requests', () => {
  test('articles: the understood terms, no entity page, chosen filters combined per kind', () => {
    const state = parseState('?q=x&person=a&person=b&year=2021&year=2022&sort=oldest');
    expect(articleRequest(state, understood('x zzkey'))).toEqual({
      term: 'x zzkey',
      options: {
        filters: { kind: NOT_ENTITIES, person: { all: ['a', 'b'] }, year: { any: ['2021', '2022'] } },
        sort: { date: 'asc' },
      },
    });
  });

  test('relevance keeps Pagefind’s order; browsing without a query lists newest first', () => {
    expect(articleRequest(parseState('?q=x'), understood('x')).options.sort).toBeUndefined();
    expect(articleRequest(parseState('?place=baku'), undefined)).toEqual({
      term: null,
      options: { filters: { kind: NOT_ENTITIES, place: { all: ['baku'] } }, sort: { date: 'desc' } },
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

  test('the year shards are the bundles with articles; without one there is nothing to search', () => {
    expect(articleShards(SHARDS)).toEqual(YEARS);
    expect(articleShards([ENTITY_BUNDLE])).toEqual([]);
    expect(articleSearch(parseState('?q=x'), understood('x'), [ENTITY_BUNDLE]).requests).toEqual([]);
  });

  test('a list in date order is searched shard by shard, by the years in each shard’s name', () => {
    const newest = articleSearch(parseState('?q=x&sort=newest'), understood('x'), SHARDS);
    expect(newest.shards).toEqual(YEARS);
    expect(newest.requests[0]).toEqual({
      term: 'x',
      options: {
        filters: { kind: NOT_ENTITIES, year: { any: shardYears('2013-2024') } },
        sort: { date: 'desc' },
      },
    });
    const oldest = articleSearch(
      parseState('?place=baku&year=2005&year=2020&sort=oldest'),
      undefined,
      SHARDS,
    );
    expect(oldest.shards).toEqual([...YEARS].reverse());
    expect(oldest.requests.map((request) => request.options.filters['year'])).toEqual([
      { any: ['2005'] },
      { any: ['2020'] },
    ]);
    // A shard none of whose years is chosen is not searched at all.
    const one = articleSearch(parseState('?year=2020&sort=newest'), undefined, SHARDS);
    expect(one.shards).toEqual(['2013-2024']);
    expect(one.requests).toHaveLength(1);
  });

  test('a request is limited to a shard’s years within the years it chose', () => {
    const request = articleRequest(parseState('?year=2002&year=2010'), undefined);
    expect(withinYears(request, ['2001', '2002'])?.options.filters['year']).toEqual({ any: ['2002'] });
    expect(withinYears(request, ['2003'])).toBeUndefined();
  });

  test('relevance, or a single year shard, is one search over every bundle', () => {
    expect(articleSearch(parseState('?q=x'), understood('x'), SHARDS)).toEqual({
      requests: [articleRequest(parseState('?q=x'), understood('x'))],
      keys: [],
    });
    const single = articleSearch(parseState('?year=2022&sort=newest'), undefined, [ENTITY_BUNDLE, '2022']);
    expect(single.requests).toEqual([articleRequest(parseState('?year=2022&sort=newest'), undefined)]);
    expect(single.shards).toBeUndefined();
  });

  test('a result passes the key test only if every key found its page', () => {
    const test = withEveryKey([new Set(['a', 'b']), new Set(['b', 'c'])]);
    expect(['a', 'b', 'c'].filter((id) => test({ id }))).toEqual(['b']);
    expect(withEveryKey([])({ id: 'a' })).toBe(true);
  });

  test('keys are checked only beside other words (a lone word matching nothing finds nothing)', () => {
    expect(articleSearch(parseState('?q=a'), understood('zzkey', ['zzkey']), SHARDS).keys).toEqual([]);
    expect(articleSearch(parseState('?q=a'), understood('Лавров zzkey', ['zzkey']), SHARDS).keys).toEqual([
      'zzkey',
    ]);
  });

  test('only the shards whose bundle has every key count', () => {
    expect(shardsWithEveryKey(SHARDS, [])).toEqual(SHARDS);
    expect(
      shardsWithEveryKey(SHARDS, [
        { entities: 3, '2013-2024': 1, '2001-2012': 0 },
        { entities: 1, '2013-2024': 2 },
      ]),
    ).toEqual(['entities', '2013-2024']);
    const request = articleRequest(parseState('?q=x'), understood('x'));
    expect(withinShards(request, ['entities', '2013-2024']).options.filters['shard']).toEqual({
      any: ['entities', '2013-2024'],
    });
    expect(withinShards(request, SHARDS, SHARDS)).toBe(request);
  });

  test('a key’s pages per shard: its shard counts, or its results in a single bundle', () => {
    const response = { results: [1, 2], filters: { shard: { entities: 1, '2013-2024': 1 } } };
    expect(matchesPerShard(SHARDS, response)).toEqual({ entities: 1, '2013-2024': 1 });
    expect(matchesPerShard([ENTITY_BUNDLE], { results: [1, 2], filters: {} })).toEqual({ entities: 2 });
    expect(matchesPerShard([ENTITY_BUNDLE], { results: [], filters: {} })).toEqual({ entities: 0 });
  });

  test('filter counts: every facet loaded by an empty `any`, the chosen filters applied, no kind', () => {
    expect(facetKeys(parseState('?q=x'))).toEqual(['person', 'place', 'source', 'year']);
    expect(facetKeys(parseState('?q=x&year=2022'))).toContain('month');
    expect(facetRequest(parseState('?q=x&person=a'), understood('x zzkey'))).toEqual({
      term: 'x zzkey',
      options: {
        filters: { person: { all: ['a'] }, place: { any: [] }, source: { any: [] }, year: { any: [] } },
      },
    });
    expect(facetRequest(parseState('?year=2022'), undefined).options.filters).toEqual({
      person: { any: [] },
      place: { any: [] },
      source: { any: [] },
      year: { any: ['2022'] },
      month: { any: [] },
    });
  });

  test('the warm-up lists the place pages: the kind filter, no text, nothing the reader sees', () => {
    expect(warmUpRequest()).toEqual({ term: null, options: { filters: { kind: 'place' } } });
  });
});
