import { describe, expect, it } from 'vitest';
import { missingFields } from '../../../scripts/bench/report-check.ts';
import { formatTable, targets, type BenchReport } from '../../../scripts/bench/report.ts';

const step = {
  wallMs: 30_000,
  cpuMs: 50_000,
  peakTreeRssBytes: 3 * 1024 ** 3,
  routesRendered: 100,
  routesReused: 0,
  phases: ['startup and validation', 'content sync', 'bundling', 'page generation', 'search index'].map(
    (name) => ({ name, ms: 1000, cpuMs: 900, peakRssBytes: 1e9 }),
  ),
};
const base: Omit<BenchReport, 'targets'> = {
  articles: 20_000,
  seed: 1,
  machine: {
    cpus: 2,
    memoryBytes: 24 * 1024 ** 3,
    loadAverage: [1, 1, 1],
    speed: {
      before: { singleMs: 800, parallelMs: 820, threads: 2, effectiveCores: 2 },
      after: { singleMs: 1600, parallelMs: 3200, threads: 2, effectiveCores: 1 },
    },
  },
  corpus: {
    articles: 20_000,
    people: 2500,
    places: 1250,
    sources: 8,
    distinctWords: 90_000,
    bytes: 70e6,
    generateMs: 9000,
  },
  build: step,
  output: {
    pages: 24_000,
    files: 50_000,
    bytes: 1e9,
    searchIndexFiles: 21_000,
    searchIndexBytes: 1e8,
    largestIndexFile: { path: 'pagefind/x', bytes: 1000 },
    articlePage: { path: '/2020/01/01/x/', gzipHtmlCssBytes: 5000, scripts: 0 },
  },
  search: {
    driver: 'pagefind api',
    queries: [
      {
        query: 'Иван Петров',
        coldMs: 90,
        warmMs: 10,
        results: 4,
        firstSearchBytes: 200_000,
        largestResponse: { url: '/pagefind/a', bytes: 100 },
      },
    ],
    coldMedianMs: 90,
    coldP95Ms: 90,
    warmMedianMs: 10,
    warmP95Ms: 10,
    firstSearchBytesMax: 200_000,
    largestFirstSearchFile: { url: '/pagefind/a', bytes: 100 },
  },
  rebuild: { ...step, wallMs: 12_000 },
};

describe('targets', () => {
  it('judges the 20k targets and says which are missed', () => {
    const list = targets(base);
    expect(list.find((t) => t.name === 'rebuild after one article')).toMatchObject({
      measured: '12.0 s',
      met: false,
    });
    expect(list.find((t) => t.name === 'full build peak memory')).toMatchObject({ met: true });
  });
});

describe('formatTable', () => {
  it('prints every measurement', () => {
    const table = formatTable({ ...base, targets: targets(base) });
    for (const label of [
      'build wall',
      'build CPU',
      'peak RSS',
      'phase: bundling',
      'pages written',
      'files written',
      'bytes written',
      'search index',
      'largest file of a first search',
      'rebuild after adding one article',
      'MISSED',
    ]) {
      expect(table).toContain(label);
    }
    expect(table).toContain(
      '800 ms alone, 820 ms on 2 threads (2 cores) / 1600 ms alone, 3200 ms on 2 threads (1 cores)',
    );
  });
});

describe('missingFields', () => {
  it('accepts a complete report and lists what an incomplete one lacks', () => {
    expect(missingFields({ ...base, targets: [] })).toEqual([]);
    const broken = {
      ...base,
      targets: [],
      rebuild: { ...step, phases: step.phases.slice(0, 4) },
      output: { ...base.output, pages: 0 },
    };
    expect(missingFields(broken)).toEqual([
      'output.pages: expected a number ≥ 1, got 0',
      'rebuild.phases: no search index phase',
    ]);
  });
});
