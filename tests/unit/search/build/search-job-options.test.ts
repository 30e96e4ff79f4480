import { describe, expect, test } from 'vitest';
import { searchJobOptions } from '../../../../src/search/build/search-job-options.ts';
import { MAX_LIST_ITEMS } from '../../../../src/search/shared/list-format.ts';

const config = {
  cacheDir: new URL('file:///site/node_modules/.astro/'),
  base: '/letopis/',
};

describe('the search job options', () => {
  test('take the folders from the config and the defaults where nothing is set', () => {
    const options = searchJobOptions(config, {});
    expect(options).toMatchObject({
      cacheDir: '/site/node_modules/.astro/',
      base: '/letopis/',
      maxRecordsPerShard: 3_500,
      maxRecordsInFlight: 3_500,
      indexChunkSize: 5_000,
      maxListItems: MAX_LIST_ITEMS,
    });
    expect(options.concurrency).toBeGreaterThanOrEqual(1);
    expect(options.concurrency).toBeLessThanOrEqual(2);
  });

  test('take the limits from the environment; the pages in flight follow the shard size', () => {
    const options = searchJobOptions(config, {
      LETOPIS_SEARCH_SHARD_PAGES: '1000',
      LETOPIS_SEARCH_CONCURRENCY: '1',
      LETOPIS_SEARCH_INDEX_CHUNK: '20000',
      LETOPIS_SEARCH_LIST_ITEMS: '50',
    });
    expect(options).toMatchObject({
      maxRecordsPerShard: 1_000,
      maxRecordsInFlight: 1_000,
      concurrency: 1,
      indexChunkSize: 20_000,
      maxListItems: 50,
    });
  });

  test('refuse a limit that is not a positive integer, naming the variable and the value', () => {
    expect(() => searchJobOptions(config, { LETOPIS_SEARCH_SHARD_PAGES: 'abc' })).toThrow(
      'LETOPIS_SEARCH_SHARD_PAGES must be a positive integer, got "abc"',
    );
    expect(() => searchJobOptions(config, { LETOPIS_SEARCH_CONCURRENCY: '0' })).toThrow(
      'LETOPIS_SEARCH_CONCURRENCY must be a positive integer, got "0"',
    );
  });
});
