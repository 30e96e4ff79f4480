import { describe, expect, it } from 'vitest';
import { formatTable } from '../../../scripts/bench/report-table.ts';
import { targets } from '../../../scripts/bench/targets.ts';
import { base } from './sample-report.ts';

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
