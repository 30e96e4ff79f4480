/**
 * The benchmark's result as one JSON-ready object: what it measured, the ratios of its
 * measurements and its targets' verdicts (targets.ts). The table printed for people is
 * report-table.ts.
 */
import type { OutputComparison } from './compare-output.ts';
import type { CorpusSummary } from './corpus.ts';
import type { FloorMeasurement } from './floor.ts';
import type { OutputStats } from './output-stats.ts';
import type { Phase } from './phases.ts';
import type { SearchReport } from './search-latency.ts';
import type { MachineSpeed } from './machine-speed.ts';

export interface BuildMeasurement {
  wallMs: number;
  cpuMs: number;
  peakTreeRssBytes: number;
  phases: Phase[];
  /** Routes Astro rendered this time. */
  routesRendered: number;
  /** Routes its incremental build skipped, keeping the previous output. */
  routesReused: number;
  /** How long the search index took, built alongside the other phases (when the build says). */
  searchIndexMs?: number;
}

/** The two rebuilds after the full build, in the same folders with Astro's cache kept. */
export interface RebuildReport {
  /** The same content built again: it should render no page. */
  noChange: BuildMeasurement;
  /** After `articlesAdded` new articles dated `day`, the day after the newest. */
  add: BuildMeasurement & { articlesAdded: number; day: string };
  /** The add rebuild's output against a clean build of the same content in other folders. */
  equalsClean: OutputComparison;
}

/** A target with its verdict and by how much it is met or missed. */
export interface Target {
  name: string;
  limit: string;
  measured: string;
  met: boolean;
  /** "met, 35 % to spare", "missed by 2.1×", "missed by 12". */
  by: string;
}

/** Measured against the floor and each other, in the same run. */
export interface Ratios {
  /** The full build's wall time ÷ the floor's (bare Astro + stock Pagefind); with `--floor`. */
  buildVsFloorWall?: number;
  /** The full build's CPU time ÷ the floor's, both over their whole process trees. */
  buildVsFloorCpu?: number;
  /** The add rebuild's wall time ÷ the no-change rebuild's. */
  addVsNoChange: number;
}

export interface BenchReport {
  articles: number;
  seed: number;
  machine: {
    cpus: number;
    memoryBytes: number;
    loadAverage: number[];
    /** The machine's speed before the first build and after the rebuild (machine-speed.ts). */
    speed: { before: MachineSpeed; after: MachineSpeed };
  };
  corpus: CorpusSummary & { generateMs: number };
  build: BuildMeasurement;
  output: OutputStats;
  search: SearchReport;
  /** With `--floor`: the same corpus as a bare Astro site indexed by stock Pagefind. */
  floor?: FloorMeasurement;
  rebuild: RebuildReport;
  ratios: Ratios;
  targets: Target[];
}

/** Rounds a ratio to two decimals (the JSON keeps what the table prints). */
export const ratio = (numerator: number, denominator: number): number =>
  Math.round((numerator / denominator) * 100) / 100;

/** The ratios of a report's measurements. */
export function ratios(report: Pick<BenchReport, 'build' | 'floor' | 'rebuild'>): Ratios {
  const { build, floor, rebuild } = report;
  return {
    ...(floor
      ? {
          buildVsFloorWall: ratio(build.wallMs, floor.wallMs),
          buildVsFloorCpu: ratio(build.cpuMs, floor.cpuMs),
        }
      : {}),
    addVsNoChange: ratio(rebuild.add.wallMs, rebuild.noChange.wallMs),
  };
}
