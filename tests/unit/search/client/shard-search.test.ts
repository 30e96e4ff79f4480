import { describe, expect, test } from 'vitest';
import {
  ShardedSearch,
  periodOf,
  planShards,
  shardsWithin,
} from '../../../../src/search/client/shard-search.ts';
import type { PagefindInstance, SearchIndex } from '../../../../src/search/client/pagefind-api.ts';
import { parseState } from '../../../../src/search/client/url-state.ts';
import type { ShardManifest } from '../../../../src/search/shared/shards.ts';

const manifest: ShardManifest = {
  shards: [
    { name: '2001-2012', path: 'shards/2001-2012/', pages: 3000, years: ['2001', '2012'] },
    { name: '2013-2020', path: 'shards/2013-2020/', pages: 3000, years: ['2013', '2020'] },
    { name: '2021-2025', path: 'shards/2021-2025/', pages: 3000, years: ['2021', '2025'] },
  ],
};
const names = (shards: { name: string }[]) => shards.map((shard) => shard.name);

describe('planShards', () => {
  test('newest first, only those holding the words, within the chosen years', () => {
    const plan = planShards(manifest, new Set([0, 2]), parseState('?q=x'));
    expect(names(plan.span)).toEqual(['2021-2025', '2013-2020', '2001-2012']);
    expect(names(plan.candidates)).toEqual(['2021-2025', '2001-2012']);
    expect(names(planShards(manifest, undefined, parseState('?q=x&sort=oldest')).candidates)).toEqual([
      '2001-2012',
      '2013-2020',
      '2021-2025',
    ]);
    expect(names(planShards(manifest, undefined, parseState('?q=x&year=2014&month=2003-05')).span)).toEqual([
      '2013-2020',
      '2001-2012',
    ]);
  });
});

describe('periodOf and shardsWithin', () => {
  test('the years of some shards; a first search reads the shards within its budget, at least one', () => {
    expect(periodOf(planShards(manifest, undefined, parseState('')).span)).toEqual(['2001', '2025']);
    expect(periodOf([])).toBeUndefined();
    const shards = [{ pages: 3000 }, { pages: 3000 }, { pages: 100 }];
    expect(shardsWithin(shards, 6000)).toBe(2);
    expect(shardsWithin(shards, 5999)).toBe(1);
    expect(shardsWithin(shards, 10)).toBe(1);
    expect(shardsWithin(shards, 7000)).toBe(3);
    expect(shardsWithin([], 7000)).toBe(0);
  });
});

/** A Pagefind stand-in: each shard's results, once it is merged; searches limited by `shard`. */
function fakeIndex(hits: Record<string, number>): SearchIndex & { included: string[] } {
  const included: string[] = [];
  const pagefind = {
    search: (_term: string | null, options?: { filters?: Record<string, unknown> }) => {
      const shard = options?.filters?.['shard'];
      const shards = typeof shard === 'string' ? [shard] : [];
      const results = shards
        .filter((name) => included.includes(name))
        .flatMap((name) =>
          Array.from({ length: hits[name] ?? 0 }, (_, at) => ({
            id: `${name}/${at}`,
            score: 1,
            data: () => Promise.reject(new Error('not needed')),
          })),
        );
      return Promise.resolve({ results, filters: {}, totalFilters: {} });
    },
  } as unknown as PagefindInstance;
  return {
    pagefind,
    shards: ['entities', ...names(manifest.shards).reverse()],
    manifest,
    included,
    include: (list) => {
      for (const name of list) if (!included.includes(name)) included.push(name);
      return Promise.resolve();
    },
  };
}

const request = { term: 'x', options: { filters: {} } };

describe('ShardedSearch', () => {
  test('a first search stops at its budget; the rest is searched shard after shard', async () => {
    const index = fakeIndex({ '2021-2025': 12, '2013-2020': 4, '2001-2012': 7 });
    const search = new ShardedSearch(index, planShards(manifest, undefined, parseState('?q=x')), request, []);
    await search.first(5000);
    expect(index.included).toEqual(['2021-2025']);
    expect(search.articles).toHaveLength(12);
    expect(search.covered).toEqual(['2021', '2025']);
    expect(search.left).toEqual(['2001', '2020']);
    const counts: number[] = [];
    await search.rest(() => counts.push(search.articles.length) > 0);
    expect(counts).toEqual([16, 23]);
    expect(search.articles.map((result) => result.id.split('/')[0])).toEqual([
      ...Array<string>(12).fill('2021-2025'),
      ...Array<string>(4).fill('2013-2020'),
      ...Array<string>(7).fill('2001-2012'),
    ]);
    expect(search.left).toBeUndefined();
    expect(search.covered).toBeUndefined();
  });

  test('finding nothing within its budget, a first search reads one shard more', async () => {
    const index = fakeIndex({ '2021-2025': 0, '2013-2020': 3, '2001-2012': 7 });
    const plan = planShards(manifest, undefined, parseState('?q=x'));
    const search = new ShardedSearch(index, plan, request, []);
    await search.first(5000);
    expect(index.included).toEqual(['2021-2025', '2013-2020']);
    expect(search.articles).toHaveLength(3);
    expect(search.left).toEqual(['2001', '2012']);
    const few = fakeIndex({ '2021-2025': 2, '2013-2020': 1, '2001-2012': 7 });
    await new ShardedSearch(few, plan, request, []).first(5000);
    expect(few.included).toEqual(['2021-2025']);
  });

  test('shards without the words are skipped, and count as searched', async () => {
    const index = fakeIndex({ '2021-2025': 0, '2013-2020': 15, '2001-2012': 1 });
    const plan = planShards(manifest, new Set([0, 1]), parseState('?q=x'));
    const search = new ShardedSearch(index, plan, request, []);
    await search.first(3000);
    expect(index.included).toEqual(['2013-2020']);
    expect(search.covered).toEqual(['2013', '2025']);
    expect(search.left).toEqual(['2001', '2012']);
    expect(search.searched).toEqual(['2013-2020']);
  });

  test('rest stops when told to (a newer search started)', async () => {
    const index = fakeIndex({ '2021-2025': 12, '2013-2020': 4, '2001-2012': 7 });
    const search = new ShardedSearch(index, planShards(manifest, undefined, parseState('?q=x')), request, []);
    await search.first(3000);
    await search.rest(() => false);
    expect(index.included).toEqual(['2021-2025', '2013-2020']);
  });
});
