import { describe, expect, it } from 'vitest';
import { articleYear, planShards, primaryShard, shardFolder } from '../../../../src/lib/search/shard-plan.ts';

const article = (year: number, n: number) => `${year}/05/12/news-${n}/index.html`;
const summary = (pages: string[], max: number) =>
  planShards(pages, max).map(({ name, years, pages }) => ({ name, years, count: pages.length }));

describe('articleYear', () => {
  it('knows article pages by their dated path', () => {
    expect(articleYear('2022/05/12/slug/index.html')).toBe('2022');
    expect(articleYear('2022/index.html')).toBeUndefined();
    expect(articleYear('people/sergey-lavrov/index.html')).toBeUndefined();
  });
});

describe('planShards', () => {
  it('fills year shards from the oldest year, never splitting a year, and puts other pages in the newest', () => {
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
    expect(summary(pages, 3)).toEqual([
      { name: '2001-2002', years: ['2001', '2002'], count: 3 },
      { name: '2003', years: ['2003'], count: 5 },
    ]);
    expect(planShards(pages, 3)[1]?.pages).toEqual([
      article(2003, 1),
      article(2003, 2),
      article(2003, 3),
      'index.html',
      'people/a/index.html',
    ]);
  });

  it('makes one bundle of the whole site when the articles fit in one shard', () => {
    expect(summary(['people/a/index.html', article(2001, 1), article(2002, 1)], 10)).toEqual([
      { name: '2001-2002', years: ['2001', '2002'], count: 3 },
    ]);
  });

  it('keeps older shards unchanged when the newest year grows or entity pages change', () => {
    const before = planShards(
      [article(2001, 1), article(2002, 1), article(2003, 1), 'people/a/index.html'],
      2,
    );
    const after = planShards(
      [article(2001, 1), article(2002, 1), article(2003, 1), article(2003, 2), 'people/b/index.html'],
      2,
    );
    expect(after.slice(0, 1)).toEqual(before.slice(0, 1));
  });

  it('gives a year bigger than the limit a shard of its own', () => {
    expect(
      planShards([article(2001, 1), article(2001, 2), article(2001, 3)], 2).map((s) => s.pages.length),
    ).toEqual([3]);
  });

  it('names the only shard `main` when no page is an article', () => {
    expect(summary(['index.html', 'people/a/index.html'], 2)).toEqual([
      { name: 'main', years: [], count: 2 },
    ]);
    expect(summary([], 2)).toEqual([{ name: 'main', years: [], count: 0 }]);
  });
});

describe('primaryShard', () => {
  it('is the newest shard, the one holding the pages that are not articles', () => {
    const shards = planShards([article(2001, 1), article(2002, 1), 'people/a/index.html'], 1);
    expect(primaryShard(shards)?.name).toBe('2002');
    expect(primaryShard(shards)?.pages).toContain('people/a/index.html');
  });
});

describe('shardFolder', () => {
  it('puts the primary shard at the bundle root and the others under shards/', () => {
    expect(shardFolder({ name: '2025' }, true)).toBe('');
    expect(shardFolder({ name: '2001-2004' }, false)).toBe('shards/2001-2004/');
  });
});
