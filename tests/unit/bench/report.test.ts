import { describe, expect, it } from 'vitest';
import { missingFields } from '../../../scripts/bench/report-check.ts';
import {
  distance,
  formatBytes,
  formatTable,
  formatTargetBytes,
  ratios,
  routesAllowed,
  targets,
  type BenchReport,
} from '../../../scripts/bench/report.ts';

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

describe('ratios', () => {
  it('divides the build by the floor and the add rebuild by the no-change one', () => {
    expect(ratios(base)).toEqual({ buildVsFloorWall: 1.5, buildVsFloorCpu: 2.5, addVsNoChange: 1.2 });
    const { floor: _floor, ...withoutFloor } = base;
    expect(ratios(withoutFloor)).toEqual({ addVsNoChange: 1.2 });
  });
});

describe('distance', () => {
  it('says how much of a limit is to spare, or by how much it is missed', () => {
    expect(distance(75, 100)).toBe('met, 25 % to spare');
    expect(distance(100, 100)).toBe('met, 0 % to spare');
    expect(distance(210, 100)).toBe('missed by 2.10×');
    expect(distance(0, 0)).toBe('met');
    expect(distance(11, 0)).toBe('missed by 11');
  });
});

describe('targets', () => {
  it('judges the daily rebuild and the floor targets at every size', () => {
    const list = targets({ ...base, articles: 300 });
    const find = (name: string) => list.find((t) => t.name === name);
    expect(find('no-change rebuild renders no page')).toMatchObject({ measured: '0 routes', met: true });
    expect(find('rebuild equals a clean build')).toMatchObject({
      measured: '1 files differ',
      met: false,
      by: 'missed by 1',
    });
    expect(routesAllowed(50)).toBe(780);
    expect(find('add 50: routes rendered (15 a new article + 30)')).toMatchObject({
      limit: '≤ 780 routes',
      measured: '800 routes',
      met: false,
      by: 'missed by 1.03×',
    });
    expect(find('add 50: time ÷ no-change rebuild')).toMatchObject({ limit: '≤ 1.50×', met: true });
    expect(find('full build ÷ floor, wall')).toMatchObject({ measured: '1.50×', met: true });
    expect(find('full build ÷ floor, CPU')).toMatchObject({
      limit: '≤ 2.00×',
      measured: '2.50×',
      met: false,
      by: 'missed by 1.25×',
    });
    expect(find('full build peak memory')).toBeUndefined();
    const { floor: _floor, ...withoutFloor } = base;
    expect(targets({ ...withoutFloor, ratios: { addVsNoChange: 1.2 } }).map((t) => t.name)).not.toContain(
      'full build ÷ floor, wall',
    );
  });

  it('judges the 20k targets and says which are missed', () => {
    const list = targets(base);
    expect(list.find((t) => t.name === 'full build peak memory')).toMatchObject({ met: true });
    expect(list.find((t) => t.name === 'first search transfer')).toMatchObject({ met: true });
    expect(list.find((t) => t.name === 'first search transfer, free text')).toMatchObject({
      measured: '440.0 KB (429.7 KiB)',
      met: false,
    });
    expect(list.find((t) => t.name === 'free text first results (cold median)')).toMatchObject({
      name: 'free text first results (cold median)',
      limit: '≤ 200 ms',
      measured: '300 ms (p95 300 ms)',
      met: false,
    });
  });

  it('judges free text at 400 ms and names and dates at 100 ms from 100,000 articles, free text from 20,000', () => {
    const large = targets({ ...base, articles: 100_000 });
    expect(large.find((t) => t.name === 'free text first results (cold median)')).toMatchObject({
      limit: '≤ 400 ms',
      met: true,
    });
    expect(large.find((t) => t.name === 'first results (cold median)')).toMatchObject({ met: true });
    const small = targets({ ...base, articles: 5_000 });
    expect(small.find((t) => t.name === 'free text first results (cold median)')).toBeUndefined();
  });

  it('judges byte limits in decimal units, the stricter reading of GB and KB', () => {
    const over = targets({
      ...base,
      build: { ...step, peakTreeRssBytes: 3.9 * 1024 ** 3 },
      search: { ...base.search, firstSearchBytesMax: 300 * 1024 },
      output: { ...base.output, articlePage: { path: '/x/', gzipHtmlCssBytes: 20 * 1024, scripts: 0 } },
    });
    expect(over.find((t) => t.name === 'full build peak memory')).toEqual({
      name: 'full build peak memory',
      limit: '≤ 4 GB',
      measured: '4.19 GB (3.90 GiB)',
      met: false,
      by: 'missed by 1.05×',
    });
    expect(over.find((t) => t.name === 'first search transfer')).toMatchObject({
      measured: '307.2 KB (300.0 KiB)',
      met: false,
    });
    expect(over.find((t) => t.name === 'article page gzip HTML+CSS')).toMatchObject({ met: false });
    const at = targets({ ...base, build: { ...step, peakTreeRssBytes: 4e9 } });
    expect(at.find((t) => t.name === 'full build peak memory')).toMatchObject({ met: true });
  });
});

describe('byte units', () => {
  it('prints binary units as binary and target units as decimal', () => {
    expect(formatBytes(3 * 1024 ** 3)).toBe('3.00 GiB');
    expect(formatBytes(1536 * 1024)).toBe('1.5 MiB');
    expect(formatBytes(2048)).toBe('2.0 KiB');
    expect(formatBytes(512)).toBe('512 B');
    expect(formatTargetBytes(168_755)).toBe('168.8 KB (164.8 KiB)');
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
      'rebuild, no change',
      'rebuild after adding 50 article(s) dated 2025-12-31',
      'floor: bare Astro + stock Pagefind',
      'build ÷ floor, wall / CPU',
      'rebuild = clean build',
      'search/lists/shared/0a1b.json (differs)',
      'free text («безопасности») cold median / p95',
      'free text warm median / p95',
      'free text first search transfer (max)',
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
    expect(missingFields({ ...base, targets: [] }, { floor: true })).toEqual([]);
    const broken = {
      ...base,
      targets: [],
      rebuild: { ...base.rebuild, noChange: { ...base.rebuild.noChange, phases: step.phases.slice(0, 4) } },
      output: { ...base.output, pages: 0 },
    };
    expect(missingFields(broken)).toEqual([
      'output.pages: expected a number ≥ 1, got 0',
      'rebuild.noChange.phases: no search index phase',
    ]);
    const { floor: _floor, ...withoutFloor } = base;
    expect(missingFields({ ...withoutFloor, targets: [] })).toEqual([]);
    expect(
      missingFields({ ...withoutFloor, ratios: { addVsNoChange: 1 }, targets: [] }, { floor: true }),
    ).toEqual([
      'floor.wallMs: expected a number ≥ 1, got undefined',
      'floor.cpuMs: expected a number ≥ 1, got undefined',
      'floor.peakTreeRssBytes: expected a number ≥ 1, got undefined',
      'floor.routesRendered: expected a number ≥ 1, got undefined',
      'floor.pages: expected a number ≥ 1, got undefined',
      'ratios.buildVsFloorWall: expected a number ≥ 0, got undefined',
      'ratios.buildVsFloorCpu: expected a number ≥ 0, got undefined',
    ]);
    const noText = {
      ...base,
      targets: [],
      search: { ...base.search, text: { ...base.search.text, queries: [] } },
    };
    expect(missingFields(noText)).toEqual(['search.text.queries: expected timings for the query set']);
  });
});
