import { Worker } from 'node:worker_threads';
import { expect, test } from 'vitest';
import { TextPool } from '../../../../src/lib/content/text-pool.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

test('keeps texts as UTF-8 and gives each back whole', () => {
  const pool = TextPool.empty();
  const first = pool.add(utf8('Лавров прибыл в «Баку» — ёлка'));
  const second = pool.add(utf8(''));
  const third = pool.add(utf8('plain'));
  expect(pool.text(first)).toBe('Лавров прибыл в «Баку» — ёлка');
  expect(pool.text(second)).toBe('');
  expect(pool.text(third)).toBe('plain');
  expect(pool.chunks).toHaveLength(1);
});

test('a text longer than a chunk gets a chunk of its own', () => {
  const pool = TextPool.empty();
  const small = pool.add(utf8('a'));
  const large = 'ж'.repeat(5 * 1024 * 1024);
  const ref = pool.add(utf8(large));
  const after = pool.add(utf8('b'));
  expect(ref.chunk).toBe(1);
  expect(pool.text(ref)).toBe(large);
  expect(pool.text(small)).toBe('a');
  expect(pool.text(after)).toBe('b');
});

test('another thread reads the texts from the shared chunks, without a copy', async () => {
  const pool = TextPool.empty();
  const ref = pool.add(utf8('Текст статьи'));
  const worker = new Worker(
    `const { workerData, parentPort } = require('node:worker_threads');
     const view = new Uint8Array(workerData.chunks[0]);
     view[workerData.ref.start] = 0x21;
     parentPort.postMessage(Buffer.from(workerData.chunks[0], workerData.ref.start, workerData.ref.end - workerData.ref.start).toString('utf8'));`,
    { eval: true, workerData: { chunks: pool.chunks, ref } },
  );
  const seen = await new Promise((resolve) => worker.once('message', resolve));
  await worker.terminate();
  // The first byte was changed in the worker, and this thread sees the change: one memory.
  expect(seen).toBe(pool.text(ref));
  expect(pool.text(ref).startsWith('!')).toBe(true);
  expect(TextPool.of(pool.chunks).text(ref)).toBe(pool.text(ref));
});
