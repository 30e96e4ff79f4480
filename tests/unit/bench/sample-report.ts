/**
 * A benchmark report of a 20,000-article run, as the benchmark writes it: the tests of the report,
 * its targets and its table change a field or two of it.
 */
import type { BenchReport } from '../../../scripts/bench/report.ts';

/** A build's measurement, with its five phases. */
export const step = {
  wallMs: 30_000,
  cpuMs: 50_000,
  peakTreeRssBytes: 3 * 1024 ** 3,
  routesRendered: 100,
  routesReused: 0,
  phases: ['startup and validation', 'content sync', 'bundling', 'page generation', 'search index'].map(
    (name) => ({ name, ms: 1000, cpuMs: 900, peakRssBytes: 1e9 }),
  ),
};

/** The report before its targets are judged. */
export const base: Omit<BenchReport, 'targets'> = {
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
    newestDay: '2025-12-30',
    rareWord: 'абажурный',
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
    text: {
      queries: [
        {
          query: 'безопасности',
          coldMs: 300,
          warmMs: 40,
          results: 120,
          firstSearchBytes: 440_000,
          largestResponse: { url: '/pagefind/pf_meta', bytes: 50_000 },
        },
      ],
      coldMedianMs: 300,
      coldP95Ms: 300,
      warmMedianMs: 40,
      warmP95Ms: 40,
      firstSearchBytesMax: 440_000,
    },
  },
  floor: {
    wallMs: 20_000,
    cpuMs: 20_000,
    peakTreeRssBytes: 2e9,
    routesRendered: 20_001,
    pages: 20_001,
    astro: { wallMs: 15_000, cpuMs: 14_000, peakTreeRssBytes: 2e9 },
    pagefind: { wallMs: 5000, cpuMs: 6000, peakTreeRssBytes: 1e9 },
  },
  rebuild: {
    noChange: { ...step, wallMs: 10_000, routesRendered: 0, routesReused: 46_000 },
    add: {
      ...step,
      wallMs: 12_000,
      routesRendered: 800,
      routesReused: 45_500,
      articlesAdded: 50,
      day: '2025-12-31',
    },
    equalsClean: {
      files: 87_000,
      equal: false,
      differing: ['search/lists/shared/0a1b.json'],
      onlyInRebuild: [],
      onlyInClean: [],
      differingCount: 1,
    },
  },
  ratios: { buildVsFloorWall: 1.5, buildVsFloorCpu: 2.5, addVsNoChange: 1.2 },
};
