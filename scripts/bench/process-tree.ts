/**
 * Memory and CPU time of a process and all its descendants, read from /proc (Linux): the
 * benchmark's "peak memory" is the largest sum of resident set sizes seen while a build runs,
 * because Astro and Pagefind run as separate processes, and its CPU time is the user and
 * system time of every process seen in the tree.
 */
import { readFileSync, readdirSync } from 'node:fs';

const PAGE_SIZE = 4096;

interface ProcessStat {
  parent: number;
  /** User + system CPU time of the process itself (all its threads), in ms. */
  cpuMs: number;
  /** When it started (clock ticks since boot): a pid is reused, a pid and start are not. */
  startTicks: number;
}

const TICK_MS = 10;

/** Parent and CPU time of every process that can be read now. */
function processStats(): Map<number, ProcessStat> {
  const stats = new Map<number, ProcessStat>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Fields after the command name (which may hold spaces): state ppid … utime stime. A
      // process's children are counted as processes of the tree, not through its cutime.
      const fields = stat
        .slice(stat.lastIndexOf(')') + 2)
        .split(' ')
        .map(Number);
      const cpuTicks = (fields[11] ?? 0) + (fields[12] ?? 0);
      stats.set(Number(entry), {
        parent: fields[1] ?? 0,
        cpuMs: cpuTicks * TICK_MS,
        startTicks: fields[19] ?? 0,
      });
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

/**
 * The CPU time a tree of processes has used: each process's last reading, summed, so a process
 * that has ended still counts. Pagefind's processes are never waited for by the Node process
 * that starts them (they end as zombies and are reaped by init), so the waited-for children's
 * time that bash's `times` reports leaves them out: 210 s of CPU for a 20,000-article build
 * whose processes read 298 s in /proc.
 */
export class TreeCpu {
  readonly #lastMs = new Map<string, number>();

  /** Records a reading of one process's own CPU time; `processKey` names it (pid and start). */
  observe(processKey: string, cpuMs: number): void {
    this.#lastMs.set(processKey, Math.max(cpuMs, this.#lastMs.get(processKey) ?? 0));
  }

  /** The sum of every process's last reading. */
  get totalMs(): number {
    let total = 0;
    for (const ms of this.#lastMs.values()) total += ms;
    return total;
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
  const cpu = new TreeCpu();
  const sample = () => {
    const stats = processStats();
    const pids = descendants(root, parentsByPid(stats));
    const rssBytes = pids.reduce((sum, pid) => sum + residentBytes(pid), 0);
    for (const pid of pids) {
      const stat = stats.get(pid);
      if (stat) cpu.observe(`${pid}@${stat.startTicks}`, stat.cpuMs);
    }
    peakRssBytes = Math.max(peakRssBytes, rssBytes);
    samples.push({ atMs: performance.now() - startedAt, rssBytes, cpuMs: cpu.totalMs });
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
