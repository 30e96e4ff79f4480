import { afterEach, describe, expect, test, vi } from 'vitest';
import { FacetCounts, facetJob } from '../../../../src/search/client/search-facets.ts';
import { parseState } from '../../../../src/search/client/url-state.ts';
import type { FacetLabels } from '../../../../src/search/shared/directory.ts';

const labels: FacetLabels = {
  entities: {
    person: { 'sergey-lavrov': ['Сергей Лавров', 3] },
    place: {},
    source: { tass: ['ТАСС', 5] },
  },
  years: { '2021': 4 },
};

describe('facetJob', () => {
  test('counts over the shards the list came from, with its keys; nothing to count without results', () => {
    const state = parseState('?q=x');
    const sharded = { searched: ['2021-2025'] } as never;
    expect(facetJob(state, undefined, { articles: [{} as never], keys: ['zzkey'], sharded })).toEqual({
      state,
      understood: undefined,
      keys: ['zzkey'],
      empty: false,
      searched: ['2021-2025'],
    });
    expect(facetJob(state, undefined, undefined)).toMatchObject({
      keys: [],
      empty: true,
      searched: undefined,
    });
  });
});

describe('FacetCounts', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  test('before anything is searched, the archive’s own counts, once the reader pauses', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('fetch', () => Promise.resolve(new Response(JSON.stringify(labels))));
    const shown: unknown[] = [];
    const facets = new FacetCounts('/');
    const job = facetJob(parseState(''), undefined, undefined);
    facets.schedule(
      { ...job, empty: false },
      () => true,
      (_, counts) => shown.push(counts),
    );
    expect(shown).toEqual([]);
    await vi.advanceTimersByTimeAsync(300);
    expect(shown).toEqual([
      { person: { 'sergey-lavrov': 3 }, place: {}, source: { tass: 5 }, year: { '2021': 4 } },
    ]);
  });

  test('a job replaced or no longer shown shows nothing', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('fetch', () => Promise.resolve(new Response(JSON.stringify(labels))));
    const shown: unknown[] = [];
    const facets = new FacetCounts('/');
    const job = { ...facetJob(parseState(''), undefined, undefined), empty: false };
    facets.schedule(
      job,
      () => true,
      () => shown.push('first'),
    );
    facets.schedule(
      job,
      () => false,
      () => shown.push('second'),
    );
    await vi.advanceTimersByTimeAsync(300);
    expect(shown).toEqual([]);
  });
});
