/**
 * The benchmark's report as the table printed for people: one aligned row per measurement,
 * the floor and the rebuilds with their phases, the rebuild's comparison with a clean build,
 * then each target with its verdict (a missed one in capitals).
 */
import type { OutputComparison } from './compare-output.ts';
import type { Phase } from './phases.ts';
import type { BenchReport, BuildMeasurement } from './report.ts';
import { formatBytes, millis, seconds } from './units.ts';

const phaseCell = (phase: Phase) =>
  `${seconds(phase.ms)} wall, ${seconds(phase.cpuMs)} CPU, ${formatBytes(phase.peakRssBytes)} peak`;

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
