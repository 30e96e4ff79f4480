import { expect, test } from 'vitest';
import { Progress } from '../../../src/lib/editorial/progress.ts';

function stream(isTTY: boolean) {
  const written: string[] = [];
  return { written, isTTY, write: (text: string) => written.push(text) };
}

test('outside a terminal: one plain line every N lines', () => {
  const out = stream(false);
  const progress = new Progress(out, { every: 2 });
  for (let line = 1; line <= 5; line += 1) progress.update(line, `${line} added`);
  expect(out.written).toEqual(['2 lines read: 2 added\n', '4 lines read: 4 added\n']);
});

test('in a terminal: one line redrawn in place, not more often than the redraw interval', () => {
  const out = stream(true);
  let now = 0;
  const progress = new Progress(out, { now: () => now });
  progress.update(1, 'a', 0.1);
  progress.update(2, 'b', 0.2);
  now = 1000;
  progress.update(3, 'c', 0.5);
  progress.clear();
  expect(out.written).toEqual([
    '\r\x1b[2K1 lines read (10%): a',
    '\r\x1b[2K3 lines read (50%): c',
    '\r\x1b[2K',
  ]);
});
