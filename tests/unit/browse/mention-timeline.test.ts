import { describe, expect, it } from 'vitest';
import { mentionTimeline, timelineBars } from '../../../src/lib/browse/mention-timeline.ts';

describe('mentionTimeline', () => {
  it('counts by year over a long span, keeping the empty years between', () => {
    expect(mentionTimeline(['2024-10-23', '2019-09-05', '2022-05-12', '2022-01-02'])).toEqual({
      unit: 'year',
      bins: [
        { key: '2019', count: 1 },
        { key: '2020', count: 0 },
        { key: '2021', count: 0 },
        { key: '2022', count: 2 },
        { key: '2023', count: 0 },
        { key: '2024', count: 1 },
      ],
    });
  });

  it('counts by month when everything falls within two years', () => {
    expect(mentionTimeline(['2021-09-10', '2021-06-17', '2021-06-30'])).toEqual({
      unit: 'month',
      bins: [
        { key: '2021-06', count: 2 },
        { key: '2021-07', count: 0 },
        { key: '2021-08', count: 0 },
        { key: '2021-09', count: 1 },
      ],
    });
    expect(mentionTimeline(['2021-12-31', '2022-01-01']).bins.map((bin) => bin.key)).toEqual([
      '2021-12',
      '2022-01',
    ]);
  });

  it('is empty without articles', () => {
    expect(mentionTimeline([])).toEqual({ unit: 'year', bins: [] });
  });
});

describe('timelineBars', () => {
  it('scales the highest count to the full height and keeps one article visible', () => {
    const bars = timelineBars(
      [
        { key: '2019', count: 1 },
        { key: '2020', count: 0 },
        { key: '2021', count: 100 },
      ],
      { width: 300, height: 80, gap: 2 },
    );
    expect(bars.map(({ x, width }) => [x, width])).toEqual([
      [1, 98],
      [101, 98],
      [201, 98],
    ]);
    expect(bars.map(({ y, height }) => [y, height])).toEqual([
      [78, 2],
      [80, 0],
      [0, 80],
    ]);
  });
});
