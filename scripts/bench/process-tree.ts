/**
 * Memory of a process and all its descendants, read from /proc (Linux): the benchmark's
 * "peak memory" is the largest sum of resident set sizes seen while a build runs, because
 * Astro and Pagefind may run as separate processes.
 */
import { readFileSync, readdirSync } from 'node:fs';

const PAGE_SIZE = 4096;

/** The parent of every process that can be read now. */
function parentsByPid(): Map<number, number> {
  const parents = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Field 4 (ppid) follows the command name, which may itself hold spaces and parentheses.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parents.set(Number(entry), Number(fields[1]));
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return parents;
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

/** Samples the tree under `root` every `intervalMs`; `stop()` returns the peak sum seen. */
export function watchTreeMemory(root: number, intervalMs = 100): { stop(): number } {
  let peak = 0;
  const sample = () => {
    const total = descendants(root).reduce((sum, pid) => sum + residentBytes(pid), 0);
    peak = Math.max(peak, total);
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      return peak;
    },
  };
}
