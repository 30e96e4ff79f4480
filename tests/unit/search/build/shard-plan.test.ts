import { describe, expect, it } from 'vitest';
import { planYearShards } from '../../../../src/search/build/shard-plan.ts';

const record = (year: number, n: number) => ({ url: `/${year}/05/12/news-${n}/` });
const yearOf = (r: { url: string }) => r.url.slice(1, 5);
const summary = (records: { url: string }[], max: number) =>
  planYearShards(records, yearOf, max).map(({ name, years, records }) => ({
    name,
    years,
    count: records.length,
  }));

describe('planYearShards', () => {
  it('fills year shards from the oldest year, never splitting a year, keeping the given order', () => {
    const records = [
      record(2003, 1),
      record(2001, 1),
      record(2001, 2),
      record(2002, 1),
      record(2003, 2),
      record(2003, 3),
    ];
    expect(summary(records, 3)).toEqual([
      { name: '2001-2002', years: ['2001', '2002'], count: 3 },
      { name: '2003', years: ['2003'], count: 3 },
    ]);
    expect(planYearShards(records, yearOf, 3)[1]?.records).toEqual([
      record(2003, 1),
      record(2003, 2),
      record(2003, 3),
    ]);
  });

  it('makes one shard of all the articles when they fit', () => {
    expect(summary([record(2001, 1), record(2002, 1)], 10)).toEqual([
      { name: '2001-2002', years: ['2001', '2002'], count: 2 },
    ]);
  });

  it('keeps older shards unchanged when the newest year grows', () => {
    const before = planYearShards([record(2001, 1), record(2002, 1), record(2003, 1)], yearOf, 2);
    const after = planYearShards(
      [record(2001, 1), record(2002, 1), record(2003, 1), record(2003, 2)],
      yearOf,
      2,
    );
    expect(after.slice(0, 1)).toEqual(before.slice(0, 1));
  });

  it('gives a year bigger than the limit a shard of its own', () => {
    expect(summary([record(2001, 1), record(2001, 2), record(2001, 3)], 2)).toEqual([
      { name: '2001', years: ['2001'], count: 3 },
    ]);
  });

  it('has no shard without articles', () => {
    expect(planYearShards([], yearOf, 2)).toEqual([]);
  });
});
