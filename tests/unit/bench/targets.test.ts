import { describe, expect, it } from 'vitest';
import { distance, routesAllowed, targets } from '../../../scripts/bench/targets.ts';
import { base, step } from './sample-report.ts';

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
