import { describe, expect, it } from 'vitest';
import { parseTimes, runMeasured } from '../../../scripts/bench/run-measured.ts';
import { descendants } from '../../../scripts/bench/process-tree.ts';
import { routeCounts } from '../../../scripts/bench/build-archive.ts';
import { quantile } from '../../../scripts/bench/search-latency.ts';

describe('parseTimes', () => {
  it('adds the children’s user and system time', () => {
    expect(parseTimes('0m0.001s 0m0.002s\n1m2.500s 0m0.250s\n')).toBe(62_750);
  });
});

describe('descendants', () => {
  it('walks the whole tree below a process', () => {
    const parents = new Map([
      [2, 1],
      [3, 2],
      [4, 2],
      [5, 9],
    ]);
    expect(descendants(1, parents).sort()).toEqual([1, 2, 3, 4]);
  });
});

describe('quantile', () => {
  it('takes the nearest rank', () => {
    expect(quantile([5, 1, 3, 2, 4], 0.5)).toBe(3);
    expect(quantile([1, 2, 3, 4, 5, 6, 7, 8, 9, 100], 0.95)).toBe(100);
    expect(quantile([], 0.5)).toBe(0);
  });
});

describe('runMeasured', () => {
  it('measures a child process tree and keeps its output lines', async () => {
    const run = await runMeasured(['bash', '-c', 'echo one; sh -c "echo two >&2"; sleep 0.5; exit 3'], {
      cwd: process.cwd(),
      env: process.env,
    });
    expect(run.exitCode).toBe(3);
    expect(run.lines.map((l) => l.text).sort()).toEqual(['one', 'two']);
    expect(run.peakTreeRssBytes).toBeGreaterThan(0);
    expect(run.wallMs).toBeGreaterThan(0);
  });
});

describe('routeCounts', () => {
  it('tells rendered routes from those the incremental build reused', () => {
    const lines = [
      '01:00:00   ├─ /a/index.html (+2ms)',
      '01:00:00   ├─ /b/index.html (cached)',
      '01:00:00   ├─ /c/index.html (restored)',
      '01:00:01 [build] Complete!',
    ].map((text) => ({ atMs: 0, text }));
    expect(routeCounts({ lines })).toEqual({ routesRendered: 1, routesReused: 2 });
  });
});
