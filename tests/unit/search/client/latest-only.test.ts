import { describe, expect, it } from 'vitest';
import { latestOnly } from '../../../../src/search/client/latest-only.ts';

/** A task whose runs finish only when the test says so. */
function controlledTask() {
  const started: string[] = [];
  const finishers: (() => void)[] = [];
  const task = (value: string) =>
    new Promise<void>((resolve) => {
      started.push(value);
      finishers.push(resolve);
    });
  const finishNext = async () => {
    finishers.shift()?.();
    // Let the queue's microtasks run.
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return { task, started, finishNext };
}

describe('latestOnly', () => {
  it('starts a request at once when nothing runs', () => {
    const { task, started } = controlledTask();
    latestOnly(task)('а');
    expect(started).toEqual(['а']);
  });

  it('runs only the newest of the requests made while one runs', async () => {
    const { task, started, finishNext } = controlledTask();
    const request = latestOnly(task);
    request('Л');
    request('Ла');
    request('Лав');
    request('Лавр');
    expect(started).toEqual(['Л']);
    await finishNext();
    expect(started).toEqual(['Л', 'Лавр']);
    await finishNext();
    expect(started).toEqual(['Л', 'Лавр']);
    request('Лавров');
    expect(started).toEqual(['Л', 'Лавр', 'Лавров']);
  });

  it('goes on after a run fails', async () => {
    const started: string[] = [];
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (error: unknown) => errors.push(error);
    try {
      const request = latestOnly(async (value: string) => {
        started.push(value);
        await Promise.resolve();
        if (value === 'плохо') throw new Error('boom');
      });
      request('плохо');
      request('хорошо');
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(started).toEqual(['плохо', 'хорошо']);
      expect(errors).toHaveLength(1);
    } finally {
      console.error = original;
    }
  });
});
