import { describe, expect, test } from 'vitest';
import { numberedPages, pagePath, paginate } from '../../../src/lib/browse/pagination.ts';

/** `count` items, newest first: the newest is `count`, the oldest 1 (the order they were added). */
const newestFirst = (count: number) => Array.from({ length: count }, (_, index) => count - index);

describe('pagePath', () => {
  test('the list’s own page is the list itself, numbered pages are under page/N/', () => {
    expect(pagePath('/')).toBe('/');
    expect(pagePath('/', 1)).toBe('/page/1/');
    expect(pagePath('/people/sergey-lavrov/', 3)).toBe('/people/sergey-lavrov/page/3/');
  });
});

describe('numberedPages', () => {
  test('a block is numbered once it is complete and a complete block is newer', () => {
    expect([0, 1, 10, 11, 19, 20, 21, 29, 30, 31].map((count) => numberedPages(count, 10))).toEqual([
      0, 0, 0, 0, 0, 1, 1, 1, 2, 2,
    ]);
  });
});

describe('paginate', () => {
  test('the list’s own page shows the newest, at least a page’s worth, down to a block boundary', () => {
    const pages = paginate(newestFirst(25), 10, '/');
    expect(pages.map((page) => page.number)).toEqual([undefined, 1]);
    expect(pages[0]!.items).toEqual(newestFirst(25).slice(0, 15));
    // page/1/ is the ten oldest, newest first on the page.
    expect(pages[1]!.items).toEqual([10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
    for (const count of [1, 9, 10, 11, 19, 20, 21, 99, 100, 101]) {
      const [own] = paginate(newestFirst(count), 10, '/');
      expect(own!.items.length).toBeGreaterThanOrEqual(Math.min(count, 10));
      expect(own!.items.length).toBeLessThanOrEqual(19);
    }
  });

  test('reading order walks every item once, newest to oldest', () => {
    for (const count of [0, 5, 10, 20, 21, 37, 40, 41]) {
      const pages = paginate(newestFirst(count), 10, '/');
      expect(pages.flatMap((page) => page.items)).toEqual(newestFirst(count));
    }
  });

  test('links each page to its neighbours in reading order', () => {
    const [own, third, second, first] = paginate(newestFirst(45), 10, '/sources/tass/');
    expect(own).toMatchObject({
      path: '/sources/tass/',
      previousPath: undefined,
      nextPath: '/sources/tass/page/3/',
    });
    expect(third).toMatchObject({
      number: 3,
      path: '/sources/tass/page/3/',
      previousPath: '/sources/tass/',
      nextPath: '/sources/tass/page/2/',
    });
    expect(second).toMatchObject({
      previousPath: '/sources/tass/page/3/',
      nextPath: '/sources/tass/page/1/',
    });
    expect(first).toMatchObject({ path: '/sources/tass/page/1/', nextPath: undefined });
  });

  test('a numbered page keeps its address and items as the list grows', () => {
    const before = paginate(newestFirst(45), 10, '/');
    for (const grown of [46, 50, 51, 77]) {
      const after = paginate(newestFirst(grown), 10, '/');
      for (const page of before.filter((candidate) => candidate.number !== undefined)) {
        const same = after.find((candidate) => candidate.number === page.number);
        expect(same?.items, `page ${page.number} at ${grown}`).toEqual(page.items);
        expect(same?.nextPath).toEqual(page.nextPath);
      }
    }
  });

  test('a list no longer than a page has its own page only', () => {
    expect(paginate(newestFirst(10), 10, '/')).toEqual([
      { number: undefined, items: newestFirst(10), path: '/', previousPath: undefined, nextPath: undefined },
    ]);
    expect(paginate([], 10, '/')).toEqual([
      { number: undefined, items: [], path: '/', previousPath: undefined, nextPath: undefined },
    ]);
  });

  test('refuses a page size that is not a positive integer', () => {
    expect(() => paginate([1], 0, '/')).toThrow(/positive integer/);
    expect(() => paginate([1], 2.5, '/')).toThrow(/positive integer/);
  });
});
