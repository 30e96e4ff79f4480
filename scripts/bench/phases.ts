/**
 * Splits a build's log into phases by the lines that open them. Astro logs
 * "[content] Syncing content", "Building static entrypoints…", "generating static routes";
 * the search integration logs its own start. A phase lasts until the next one opens.
 */
import type { TreeSample } from './process-tree.ts';
import type { TimedLine } from './run-measured.ts';

export interface Phase {
  name: string;
  /** Wall time. */
  ms: number;
  /** CPU time of the process tree (user + system) during the phase, from /proc samples. */
  cpuMs: number;
  /** The most memory the tree held during the phase. */
  peakRssBytes: number;
}

export interface PhaseMarker {
  name: string;
  opensOn: RegExp;
}

export const ASTRO_PHASES: PhaseMarker[] = [
  { name: 'content sync', opensOn: /\[content\] Syncing content/ },
  { name: 'bundling', opensOn: /Building static entrypoints/ },
  { name: 'page generation', opensOn: /generating static routes/ },
  // The search integration (src/integrations/pagefind.ts) logs under a name with "pagefind".
  { name: 'search index', opensOn: /\[[^\]]*pagefind[^\]]*\]/i },
];

/**
 * Durations of the phases, in order. Time before the first marker is "startup and validation";
 * a marker that never appears gives no phase (an absent integration is not a 0 s phase).
 */
export function splitPhases(
  lines: TimedLine[],
  totalMs: number,
  samples: TreeSample[] = [],
  markers: PhaseMarker[] = ASTRO_PHASES,
): Phase[] {
  const opened: { name: string; atMs: number }[] = [{ name: 'startup and validation', atMs: 0 }];
  for (const marker of markers) {
    const previous = opened.at(-1)?.atMs ?? 0;
    const line = lines.find((candidate) => candidate.atMs >= previous && marker.opensOn.test(candidate.text));
    if (line) opened.push({ name: marker.name, atMs: line.atMs });
  }
  // CPU counters only grow; the last sample at or before a moment is the reading then.
  const cpuAt = (atMs: number) =>
    samples.filter((sample) => sample.atMs <= atMs).reduce((cpu, sample) => Math.max(cpu, sample.cpuMs), 0);
  return opened.map((phase, index) => {
    const endMs = opened[index + 1]?.atMs ?? totalMs;
    const inside = samples.filter((sample) => sample.atMs >= phase.atMs && sample.atMs <= endMs);
    return {
      name: phase.name,
      ms: Math.round(endMs - phase.atMs),
      cpuMs: Math.max(0, cpuAt(endMs) - cpuAt(phase.atMs)),
      peakRssBytes: Math.max(0, ...inside.map((sample) => sample.rssBytes)),
    };
  });
}
