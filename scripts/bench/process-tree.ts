/**
 * Memory of a process and all its descendants, read from /proc (Linux): the benchmark's
 * "peak memory" is the largest sum of resident set sizes seen while a build runs, because
 * Astro and Pagefind may run as separate processes.
 */
import { readFileSync, readdirSync } from 'node:fs';

const PAGE_SIZE = 4096;

interface ProcessStat {
  parent: number;
  /** User + system CPU of the process and of its children that have ended, in ms. */
  cpuMs: number;
}

const TICK_MS = 10;

/** Parent and CPU time of every process that can be read now. */
function processStats(): Map<number, ProcessStat> {
  const stats = new Map<number, ProcessStat>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Fields after the command name (which may hold spaces): state ppid … utime stime cutime cstime.
      const fields = stat
        .slice(stat.lastIndexOf(')') + 2)
        .split(' ')
        .map(Number);
      const cpuTicks = (fields[11] ?? 0) + (fields[12] ?? 0) + (fields[13] ?? 0) + (fields[14] ?? 0);
      stats.set(Number(entry), { parent: fields[1] ?? 0, cpuMs: cpuTicks * TICK_MS });
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return stats;
}

function parentsByPid(stats = processStats()): Map<number, number> {
  return new Map([...stats].map(([pid, stat]) => [pid, stat.parent]));
}

/** `root` and every process below it. */
export function descendants(root: number, parents = parentsByPid()): number[] {
  const children = new Map<number, number[]>();
  for (const [pid, parent] of parents) children.set(parent, [...(children.get(parent) ?? []), pid]);
  const found: number[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.shift() as number;
    found.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return found;
}

/** Resident memory of one process in bytes (0 once it has ended). */
export function residentBytes(pid: number): number {
  try {
    const resident = Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]);
    return resident * PAGE_SIZE;
  } catch {
    return 0;
  }
}

/** One reading of the tree: when, its resident memory, and the CPU time it has used so far. */
export interface TreeSample {
  atMs: number;
  rssBytes: number;
  cpuMs: number;
}

/**
 * Samples the tree under `root` every `intervalMs`; `stop()` returns the peak memory and the
 * samples (CPU per phase is the difference between two samples).
 */
export function watchTree(
  root: number,
  startedAt: number,
  intervalMs = 100,
): { stop(): { peakRssBytes: number; samples: TreeSample[] } } {
  let peakRssBytes = 0;
  const samples: TreeSample[] = [];
  const sample = () => {
    const stats = processStats();
    const pids = descendants(root, parentsByPid(stats));
    const rssBytes = pids.reduce((sum, pid) => sum + residentBytes(pid), 0);
    const cpuMs = pids.reduce((sum, pid) => sum + (stats.get(pid)?.cpuMs ?? 0), 0);
    peakRssBytes = Math.max(peakRssBytes, rssBytes);
    samples.push({ atMs: performance.now() - startedAt, rssBytes, cpuMs });
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      return { peakRssBytes, samples };
    },
  };
}
