import { expect, test } from 'vitest';
import { memoByObject } from '../../../src/lib/memo-by-object.ts';

test('computes once per object, again for another object with the same content', () => {
  let calls = 0;
  const size = memoByObject((list: number[]) => {
    calls += 1;
    return list.length;
  });
  const list = [1, 2, 3];
  expect(size(list)).toBe(3);
  expect(size(list)).toBe(3);
  expect(calls).toBe(1);
  expect(size([1, 2, 3])).toBe(3);
  expect(calls).toBe(2);
});
