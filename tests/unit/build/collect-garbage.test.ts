import { getHeapStatistics } from 'node:v8';
import { expect, test } from 'vitest';
import { collectGarbage } from '../../../src/build/collect-garbage.ts';

/** Makes ~60 MB that nothing refers to once it returns. */
function leaveGarbage(): number {
  const strings = Array.from({ length: 1_000_000 }, (_, index) => `статья ${index} `.repeat(2));
  return strings.length;
}

test('frees what nothing refers to at once, without waiting for the thread to allocate', () => {
  expect(leaveGarbage()).toBe(1_000_000);
  const before = getHeapStatistics().used_heap_size;
  collectGarbage();
  const freed = before - getHeapStatistics().used_heap_size;
  expect(freed).toBeGreaterThan(30 * 2 ** 20);
  // Safe to call again: the flag is set once per process, the context is new each time.
  collectGarbage();
});
