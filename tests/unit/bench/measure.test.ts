import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTimes, runMeasured } from '../../../scripts/bench/run-measured.ts';
import { descendants, TreeCpu } from '../../../scripts/bench/process-tree.ts';
import { routeCounts } from '../../../scripts/bench/build-archive.ts';
import { quantile } from '../../../scripts/bench/search-latency.ts';
import { childEnv } from '../../../src/settings.ts';

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

describe('TreeCpu', () => {
  it('keeps the last reading of a process that has ended', () => {
    const cpu = new TreeCpu();
    cpu.observe('10@1', 100);
    cpu.observe('11@1', 50);
    cpu.observe('10@1', 150);
    // 11 has ended: no more readings of it.
    cpu.observe('12@2', 20);
    expect(cpu.totalMs).toBe(220);
  });

  it('counts a reused pid as another process', () => {
    const cpu = new TreeCpu();
    cpu.observe('10@1', 300);
    cpu.observe('10@9', 40);
    expect(cpu.totalMs).toBe(340);
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
      env: childEnv(),
    });
    expect(run.exitCode).toBe(3);
    expect(run.lines.map((l) => l.text).sort()).toEqual(['one', 'two']);
    expect(run.peakTreeRssBytes).toBeGreaterThan(0);
    expect(run.wallMs).toBeGreaterThan(0);
  });
});

describe('runMeasured CPU time', () => {
  it('counts a child its parent never waits for, as Pagefind under Node', async () => {
    const script = join(mkdtempSync(join(tmpdir(), 'letopis-orphan-')), 'orphan.sh');
    // The busy child prints its own CPU ticks. Its parent execs into Node, which waits only for
    // children it spawned itself: it watches the busy one become a zombie and never reaps it,
    // so bash's `times` never sees its time.
    writeFileSync(script, ORPHAN_SCRIPT);
    const run = await runMeasured(['sh', script], {
      cwd: process.cwd(),
      env: childEnv({ NODE: process.execPath }),
    });
    const output = run.lines.map((line) => line.text);
    expect(run.exitCode, output.join('\n')).toBe(0);
    expect(output).toContain('parent saw a zombie');
    const busy = output.find((line) => line.startsWith('busy '))?.split(' ');
    const busyMs = (Number(busy?.[1]) + Number(busy?.[2])) * 10;
    expect(busyMs).toBeGreaterThan(50);
    expect(run.cpuMs).toBeGreaterThanOrEqual(busyMs);
  });
});

const ORPHAN_SCRIPT = String.raw`sh -c 'i=0; while [ $i -lt 400000 ]; do i=$((i+1)); done; echo "busy $(cut -d" " -f14,15 /proc/$$/stat)"' &
exec "$NODE" -e '
const { readFileSync } = require("node:fs");
const state = () => { try { const s = readFileSync("/proc/" + process.argv[1] + "/stat", "utf8"); return s.slice(s.lastIndexOf(")") + 2)[0]; } catch { return "gone"; } };
const poll = setInterval(() => {
  const now = state();
  if (now !== "Z" && now !== "gone") return;
  clearInterval(poll);
  console.log(now === "Z" ? "parent saw a zombie" : "the child was reaped");
  setTimeout(() => {}, 400);
}, 20);' $!
`;

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
