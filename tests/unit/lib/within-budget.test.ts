import { expect, test } from 'vitest';
import { withinBudget } from '../../../src/lib/within-budget.ts';

/** Runs items that finish when released, recording which run together. */
function recorder() {
  const running = new Set<string>();
  const together: string[][] = [];
  const release = new Map<string, () => void>();
  const task = (name: string) =>
    new Promise<void>((resolve) => {
      running.add(name);
      together.push([...running].sort());
      release.set(name, () => {
        running.delete(name);
        resolve();
      });
    });
  return { task, together, release, running };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

test('small items run side by side, large ones alone, and every item runs once', async () => {
  const sizes: Record<string, number> = { big1: 9_000, big2: 9_000, main: 3_000, small: 800 };
  const { task, together, release, running } = recorder();
  const done = withinBudget(Object.keys(sizes), { slots: 2, budget: 10_000, cost: (n) => sizes[n]! }, task);
  await tick();
  // big1 alone would leave room for small (9,800 ≤ 10,000): it jumps the queue.
  expect([...running].sort()).toEqual(['big1', 'small']);
  release.get('small')!();
  await tick();
  expect([...running].sort()).toEqual(['big1']);
  release.get('big1')!();
  await tick();
  expect([...running].sort()).toEqual(['big2']);
  release.get('big2')!();
  await tick();
  expect([...running].sort()).toEqual(['main']);
  release.get('main')!();
  await done;
  expect(together.flat().sort()).toEqual(['big1', 'big1', 'big2', 'main', 'small'].sort());
  expect(
    together.every((names) => names.reduce((sum, n) => sum + sizes[n]!, 0) <= 10_000 || names.length === 1),
  ).toBe(true);
});

test('an item over the budget still runs, alone', async () => {
  const { task, release, running } = recorder();
  const done = withinBudget(
    ['huge', 'tiny'],
    { slots: 2, budget: 10, cost: (n) => (n === 'huge' ? 50 : 1) },
    task,
  );
  await tick();
  expect([...running]).toEqual(['huge']);
  release.get('huge')!();
  await tick();
  expect([...running]).toEqual(['tiny']);
  release.get('tiny')!();
  await done;
});

test('a failing item fails the whole run', async () => {
  await expect(
    withinBudget([1, 2], { slots: 2, budget: 10, cost: () => 1 }, (n) =>
      n === 2 ? Promise.reject(new Error('shard 2 failed')) : Promise.resolve(),
    ),
  ).rejects.toThrow('shard 2 failed');
});
