import { describe, expect, it } from 'vitest';
import { articleYear, planShards, shardFolder } from '../../../../src/lib/search/shard-plan.ts';

const article = (year: number, n: number) => `${year}/05/12/news-${n}/index.html`;

describe('articleYear', () => {
  it('knows article pages by their dated path', () => {
    expect(articleYear('2022/05/12/slug/index.html')).toBe('2022');
    expect(articleYear('2022/index.html')).toBeUndefined();
    expect(articleYear('people/sergey-lavrov/index.html')).toBeUndefined();
  });
});

describe('planShards', () => {
  it('puts other pages in main and fills year shards from the oldest year, never splitting a year', () => {
    const pages = [
      'people/a/index.html',
      article(2003, 1),
      article(2001, 1),
      article(2001, 2),
      article(2002, 1),
      article(2003, 2),
      article(2003, 3),
      'index.html',
    ];
    expect(
      planShards(pages, 3).map(({ name, years, pages }) => ({ name, years, count: pages.length })),
    ).toEqual([
      { name: 'main', years: [], count: 2 },
      { name: '2001-2002', years: ['2001', '2002'], count: 3 },
      { name: '2003', years: ['2003'], count: 3 },
    ]);
  });

  it('keeps older shards unchanged when the newest year grows', () => {
    const before = planShards([article(2001, 1), article(2002, 1), article(2003, 1)], 2);
    const after = planShards([article(2001, 1), article(2002, 1), article(2003, 1), article(2003, 2)], 2);
    expect(after.slice(0, 2)).toEqual(before.slice(0, 2));
  });

  it('gives a year bigger than the limit a shard of its own', () => {
    expect(
      planShards([article(2001, 1), article(2001, 2), article(2001, 3)], 2).map((s) => s.pages.length),
    ).toEqual([0, 3]);
  });
});

describe('shardFolder', () => {
  it('puts the primary shard at the bundle root and the others under shards/', () => {
    expect(shardFolder({ name: 'main' }, true)).toBe('');
    expect(shardFolder({ name: '2001-2004' }, false)).toBe('shards/2001-2004/');
  });
});
