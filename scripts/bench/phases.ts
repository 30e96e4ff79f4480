/**
 * Splits a build's log into phases by the lines that open them. Astro logs
 * "[content] Syncing content", "Building static entrypoints…", "generating static routes";
 * the search integration logs its own start. A phase lasts until the next one opens.
 */
import type { TimedLine } from './run-measured.ts';

export interface Phase {
  name: string;
  ms: number;
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
export function splitPhases(lines: TimedLine[], totalMs: number, markers: PhaseMarker[] = ASTRO_PHASES): Phase[] {
  const opened: { name: string; atMs: number }[] = [{ name: 'startup and validation', atMs: 0 }];
  for (const marker of markers) {
    const previous = opened.at(-1)?.atMs ?? 0;
    const line = lines.find((candidate) => candidate.atMs >= previous && marker.opensOn.test(candidate.text));
    if (line) opened.push({ name: marker.name, atMs: line.atMs });
  }
  return opened.map((phase, index) => ({
    name: phase.name,
    ms: Math.round((opened[index + 1]?.atMs ?? totalMs) - phase.atMs),
  }));
}
