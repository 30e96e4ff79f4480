/** The benchmark's result as one JSON-ready object and as the table printed for people. */
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

/** How far `measured` is from an upper `limit`: the share to spare, or the factor over. */
export function distance(measured: number, limit: number): string {
  if (limit === 0) return measured === 0 ? 'met' : `missed by ${measured}`;
  if (measured <= limit) return `met, ${Math.round((1 - measured / limit) * 100)} % to spare`;
  return `missed by ${(measured / limit).toFixed(2)}×`;
}

/** A target of an upper limit, judged and measured; `limitText` when the limit reads otherwise. */
function atMost(
  name: string,
  limit: number,
  measured: number,
  show: (value: number) => string,
  limitText = show(limit),
): Target {
  return {
    name,
    limit: `≤ ${limitText}`,
    measured: show(measured),
    met: measured <= limit,
    by: distance(measured, limit),
  };
}

/** Bytes in binary units, as the table prints them: GiB, MiB, KiB. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 ** 3) return `${(bytes / 1024 ** 3).toFixed(2)} GiB`;
  if (bytes >= 1024 ** 2) return `${(bytes / 1024 ** 2).toFixed(1)} MiB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${bytes} B`;
}

// The issue states its limits in GB and KB; they are judged in decimal units (10⁹ and 10³
// bytes), the stricter reading: 4 GB is 3.73 GiB.
const GB = 1e9;
const KB = 1e3;

/** Bytes in the decimal units the targets are stated in, with the binary value beside them. */
export function formatTargetBytes(bytes: number): string {
  const decimal = bytes >= GB ? `${(bytes / GB).toFixed(2)} GB` : `${(bytes / KB).toFixed(1)} KB`;
  return `${decimal} (${formatBytes(bytes)})`;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const millis = (ms: number) => `${Math.round(ms)} ms`;
const phaseCell = (phase: Phase) =>
  `${seconds(phase.ms)} wall, ${seconds(phase.cpuMs)} CPU, ${formatBytes(phase.peakRssBytes)} peak`;

/** Routes an add rebuild may render: the pages the new articles appear on, and a fixed few. */
export const routesAllowed = (articlesAdded: number): number => 15 * articlesAdded + 30;

/**
 * The targets that apply at this size: the daily rebuild's and the floor's (issue 33) at every
 * size, memory at 20,000 and 100,000 articles, search and article pages (issue 7).
 */
export function targets(report: Omit<BenchReport, 'targets'>): Target[] {
  const times = (value: number) => `${value.toFixed(2)}×`;
  const count = (unit: string) => (value: number) => `${value} ${unit}`;
  const { noChange, add, equalsClean } = report.rebuild;
  const list: Target[] = [
    atMost('no-change rebuild renders no page', 0, noChange.routesRendered, count('routes')),
    atMost('rebuild equals a clean build', 0, equalsClean.differingCount, count('files differ')),
    atMost(
      `add ${add.articlesAdded}: routes rendered (15 a new article + 30)`,
      routesAllowed(add.articlesAdded),
      add.routesRendered,
      count('routes'),
    ),
    atMost(`add ${add.articlesAdded}: time ÷ no-change rebuild`, 1.5, report.ratios.addVsNoChange, times),
  ];
  if (report.ratios.buildVsFloorWall !== undefined && report.ratios.buildVsFloorCpu !== undefined) {
    list.push(atMost('full build ÷ floor, wall', 1.5, report.ratios.buildVsFloorWall, times));
    list.push(atMost('full build ÷ floor, CPU', 2, report.ratios.buildVsFloorCpu, times));
  }
  const peak = (limit: number) =>
    atMost(
      'full build peak memory',
      limit,
      report.build.peakTreeRssBytes,
      formatTargetBytes,
      `${limit / GB} GB`,
    );
  if (report.articles >= 20_000 && report.articles < 100_000) {
    list.push(peak(4 * GB));
    list.push(atMost('first results (cold median)', 100, report.search.coldMedianMs, millis));
  }
  // Issue 30: free text at scale, cold, on a local server.
  if (report.articles >= 20_000 && report.search.text.queries.length > 0) {
    const limit = report.articles >= 100_000 ? 400 : 200;
    const { coldMedianMs, coldP95Ms } = report.search.text;
    const withP95 = (median: number) => `${millis(median)} (p95 ${millis(coldP95Ms)})`;
    list.push(atMost('free text first results (cold median)', limit, coldMedianMs, withP95, `${limit} ms`));
  }
  if (report.articles >= 100_000) {
    list.push(peak(10 * GB));
    list.push(atMost('first results (cold median)', 100, report.search.coldMedianMs, millis));
  }
  const transfer = (name: string, bytes: number) =>
    atMost(name, 300 * KB, bytes, formatTargetBytes, '300 KB');
  list.push(transfer('first search transfer', report.search.firstSearchBytesMax));
  if (report.search.text.queries.length > 0)
    list.push(transfer('first search transfer, free text', report.search.text.firstSearchBytesMax));
  const page = report.output.articlePage;
  if (page) {
    list.push(
      atMost('article page gzip HTML+CSS', 20 * KB, page.gzipHtmlCssBytes, formatTargetBytes, '20 KB'),
    );
    list.push(atMost('article page scripts', 0, page.scripts, String));
  }
  return list;
}

/** The search index's own time, when the build reported it (it overlaps the other phases). */
function alongside(build: BuildMeasurement, label: string): [string, string][] {
  return build.searchIndexMs === undefined ? [] : [[label, seconds(build.searchIndexMs)]];
}

type Row = [string, string];

const stepCell = (step: { wallMs: number; cpuMs: number; peakTreeRssBytes: number }) =>
  `${seconds(step.wallMs)} wall, ${seconds(step.cpuMs)} CPU, ${formatBytes(step.peakTreeRssBytes)} peak`;

/** The floor's rows and the build's ratios to it, when it was measured. */
function floorRows(report: BenchReport): Row[] {
  const { floor, ratios: measured } = report;
  if (!floor || measured.buildVsFloorWall === undefined || measured.buildVsFloorCpu === undefined) return [];
  return [
    ['floor: bare Astro + stock Pagefind', stepCell(floor)],
    ['  floor: astro build', `${stepCell(floor.astro)}, ${floor.routesRendered} routes`],
    ['  floor: pagefind --site', `${stepCell(floor.pagefind)}, ${floor.pages} pages`],
    [
      'build ÷ floor, wall / CPU',
      `${measured.buildVsFloorWall.toFixed(2)}× / ${measured.buildVsFloorCpu.toFixed(2)}×`,
    ],
  ];
}

/** A rebuild's rows: its time, its routes and its phases. */
function rebuildRows(label: string, rebuild: BuildMeasurement): Row[] {
  return [
    [label, stepCell(rebuild)],
    ['  routes rendered / reused', `${rebuild.routesRendered} / ${rebuild.routesReused}`],
    ...rebuild.phases.map((phase): Row => [`  phase: ${phase.name}`, phaseCell(phase)]),
    ...alongside(rebuild, '  search index, built alongside'),
  ];
}

/** The add rebuild's output against a clean build: equal, or the files that differ. */
function comparisonRows(comparison: OutputComparison): Row[] {
  if (comparison.equal) return [['rebuild = clean build', `yes, ${comparison.files} files byte for byte`]];
  const listed = [
    ...comparison.differing.map((file) => `${file} (differs)`),
    ...comparison.onlyInRebuild.map((file) => `${file} (only in the rebuild)`),
    ...comparison.onlyInClean.map((file) => `${file} (only in the clean build)`),
  ];
  return [
    ['rebuild = clean build', `NO: ${comparison.differingCount} of ${comparison.files} files`],
    ...listed.map((file): Row => ['  differs', file]),
  ];
}

/** The report as an aligned two-column text table. */
export function formatTable(report: BenchReport): string {
  const rows: [string, string][] = [
    ['articles (seed)', `${report.articles} (${report.seed})`],
    [
      'machine',
      `${report.machine.cpus} CPUs, ${formatBytes(report.machine.memoryBytes)}, load ${report.machine.loadAverage.map((l) => l.toFixed(2)).join(' ')}`,
    ],
    [
      'machine speed, before / after (SHA-256 of 1 GiB)',
      [report.machine.speed.before, report.machine.speed.after]
        .map(
          (speed) =>
            `${speed.singleMs} ms alone, ${speed.parallelMs} ms on ${speed.threads} threads (${speed.effectiveCores} cores)`,
        )
        .join(' / '),
    ],
    [
      'corpus',
      `${report.corpus.people} people, ${report.corpus.places} places, ${report.corpus.distinctWords} distinct words, ${formatBytes(report.corpus.bytes)} in ${seconds(report.corpus.generateMs)}`,
    ],
    ['build wall', seconds(report.build.wallMs)],
    ['build CPU (user+sys)', seconds(report.build.cpuMs)],
    ['build peak RSS (process tree)', formatBytes(report.build.peakTreeRssBytes)],
    ['routes rendered / reused', `${report.build.routesRendered} / ${report.build.routesReused}`],
    ...report.build.phases.map((phase): [string, string] => [`  phase: ${phase.name}`, phaseCell(phase)]),
    ...alongside(report.build, '  search index, built alongside'),
    ['pages written', String(report.output.pages)],
    ['files written', String(report.output.files)],
    ['bytes written', formatBytes(report.output.bytes)],
    [
      'search index',
      `${report.output.searchIndexFiles} files, ${formatBytes(report.output.searchIndexBytes)}`,
    ],
    [
      'largest index file',
      report.output.largestIndexFile
        ? `${report.output.largestIndexFile.path} ${formatBytes(report.output.largestIndexFile.bytes)}`
        : '—',
    ],
    [
      'article page (gzip HTML+CSS, scripts)',
      report.output.articlePage
        ? `${formatBytes(report.output.articlePage.gzipHtmlCssBytes)}, ${report.output.articlePage.scripts}`
        : '—',
    ],
    [
      `search (${report.search.driver}) cold median / p95`,
      `${millis(report.search.coldMedianMs)} / ${millis(report.search.coldP95Ms)}`,
    ],
    [
      'search warm median / p95',
      `${millis(report.search.warmMedianMs)} / ${millis(report.search.warmP95Ms)}`,
    ],
    ['first search transfer (max)', formatBytes(report.search.firstSearchBytesMax)],
    [
      'largest file of a first search',
      report.search.largestFirstSearchFile
        ? `${report.search.largestFirstSearchFile.url} ${formatBytes(report.search.largestFirstSearchFile.bytes)}`
        : '—',
    ],
    [
      `free text (${report.search.text.queries.map((t) => `«${t.query}»`).join(', ')}) cold median / p95`,
      `${millis(report.search.text.coldMedianMs)} / ${millis(report.search.text.coldP95Ms)}`,
    ],
    [
      'free text warm median / p95',
      `${millis(report.search.text.warmMedianMs)} / ${millis(report.search.text.warmP95Ms)}`,
    ],
    ['free text first search transfer (max)', formatBytes(report.search.text.firstSearchBytesMax)],
    ...floorRows(report),
    ...rebuildRows('rebuild, no change', report.rebuild.noChange),
    ...rebuildRows(
      `rebuild after adding ${report.rebuild.add.articlesAdded} article(s) dated ${report.rebuild.add.day}`,
      report.rebuild.add,
    ),
    ['add ÷ no-change rebuild, wall', `${report.ratios.addVsNoChange.toFixed(2)}×`],
    ...comparisonRows(report.rebuild.equalsClean),
    ...report.targets.map((t): [string, string] => [
      `target: ${t.name} ${t.limit}`,
      `${t.measured}: ${t.met ? t.by : t.by.toUpperCase()}`,
    ]),
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  return rows.map(([label, value]) => `${label.padEnd(width)}  ${value}`).join('\n');
}
