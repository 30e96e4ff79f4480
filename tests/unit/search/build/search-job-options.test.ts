import { describe, expect, test } from 'vitest';
import { searchJobOptions } from '../../../../src/search/build/search-job-options.ts';
import { readSettings } from '../../../../src/settings.ts';
import { MAX_LIST_ITEMS } from '../../../../src/search/shared/list-format.ts';

const config = {
  cacheDir: new URL('file:///site/node_modules/.astro/'),
  base: '/letopis/',
};

describe('the search job options', () => {
  test('take the folders from the config and the defaults where nothing is set', () => {
    const options = searchJobOptions(config, readSettings({}));
    expect(options).toMatchObject({
      cacheDir: '/site/node_modules/.astro/',
      base: '/letopis/',
      maxRecordsPerShard: 3_500,
      maxRecordsInFlight: 3_500,
      indexChunkSize: 5_000,
      maxListItems: MAX_LIST_ITEMS,
      firstPages: 6_000,
    });
    expect(options.concurrency).toBeGreaterThanOrEqual(1);
    expect(options.concurrency).toBeLessThanOrEqual(2);
  });

  test('take the limits from the settings; the pages in flight follow the shard size', () => {
    const options = searchJobOptions(
      config,
      readSettings({
        LETOPIS_SEARCH_SHARD_PAGES: '1000',
        LETOPIS_SEARCH_CONCURRENCY: '1',
        LETOPIS_SEARCH_INDEX_CHUNK: '20000',
        LETOPIS_SEARCH_LIST_ITEMS: '50',
        LETOPIS_SEARCH_FIRST_PAGES: '12',
      }),
    );
    expect(options).toMatchObject({
      firstPages: 12,
      maxRecordsPerShard: 1_000,
      maxRecordsInFlight: 1_000,
      concurrency: 1,
      indexChunkSize: 20_000,
      maxListItems: 50,
    });
  });
});
