/**
 * Runs a command and measures it as the benchmark reports it: wall time, CPU time of the
 * whole tree, peak resident memory of the tree, and each output line with the moment it came.
 * CPU time is the larger of two readings that each miss something: the tree's processes read
 * in /proc every 100 ms (process-tree.ts; misses a process that lives less than that) and
 * bash's `times` after the command (every waited-for descendant; misses a process its parent
 * never waits for, as Pagefind's are).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { watchTree, type TreeSample } from './process-tree.ts';

export interface TimedLine {
  /** Milliseconds since the command started. */
  atMs: number;
  text: string;
}

export interface MeasuredRun {
  exitCode: number;
  wallMs: number;
  cpuMs: number;
  peakTreeRssBytes: number;
  lines: TimedLine[];
  /** Memory and CPU of the tree every 100 ms. */
  samples: TreeSample[];
}

export interface RunOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Called with each output line as it arrives (progress display). */
  onLine?: (line: TimedLine) => void;
}

/** `times` prints "0m1.5s 0m0.2s" for the shell, then the same for its children. */
export function parseTimes(output: string): number {
  const childLine = output.trim().split('\n')[1] ?? '';
  const seconds = [...childLine.matchAll(/(\d+)m([\d.]+)s/g)].map(([, m, s]) => Number(m) * 60 + Number(s));
  return Math.round(seconds.reduce((sum, value) => sum + value, 0) * 1000);
}

export async function runMeasured(command: string[], options: RunOptions): Promise<MeasuredRun> {
  const scratch = mkdtempSync(join(tmpdir(), 'letopis-times-'));
  const timesFile = join(scratch, 'times');
  const started = performance.now();
  const child = spawn(
    'bash',
    ['-c', '"$@"; code=$?; times > "$LETOPIS_TIMES_FILE"; exit $code', 'bash', ...command],
    {
      cwd: options.cwd,
      env: { ...options.env, LETOPIS_TIMES_FILE: timesFile },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const tree = watchTree(child.pid as number, started);
  const lines: TimedLine[] = [];
  const collect = (stream: NodeJS.ReadableStream) =>
    createInterface({ input: stream }).on('line', (text) => {
      const line = { atMs: performance.now() - started, text };
      lines.push(line);
      options.onLine?.(line);
    });
  collect(child.stdout);
  collect(child.stderr);
  const exitCode = await new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? 1)));
  const wallMs = performance.now() - started;
  const { peakRssBytes: peakTreeRssBytes, samples } = tree.stop();
  let cpuMs: number;
  try {
    cpuMs = Math.max(parseTimes(readFileSync(timesFile, 'utf8')), samples.at(-1)?.cpuMs ?? 0);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  return { exitCode, wallMs, cpuMs, peakTreeRssBytes, lines, samples };
}
