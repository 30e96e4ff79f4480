import { expect, test } from 'vitest';
import { onePath } from '../../../src/data/one-path.ts';

test('a page with one address: one path, its key and its props', () => {
  expect(onePath({ index: undefined }, 'key')).toEqual([
    { params: { index: undefined }, cacheKey: 'key', props: {} },
  ]);
  expect(onePath({ rss: 'rss' }, 'k2', { text: 'x' })).toEqual([
    { params: { rss: 'rss' }, cacheKey: 'k2', props: { text: 'x' } },
  ]);
});
