import { describe, expect, test } from 'vitest';
import { pagePath, paginate } from '../../../src/lib/browse/pagination.ts';

describe('pagePath', () => {
  test('page 1 is the list itself, further pages are under page/N/', () => {
    expect(pagePath('/', 1)).toBe('/');
    expect(pagePath('/', 2)).toBe('/page/2/');
    expect(pagePath('/people/sergey-lavrov/', 3)).toBe('/people/sergey-lavrov/page/3/');
  });
});

describe('paginate', () => {
  const items = Array.from({ length: 25 }, (_, index) => index);

  test('splits into pages of the given size, the last one shorter', () => {
    const pages = paginate(items, 10, '/');
    expect(pages.map((page) => page.items.length)).toEqual([10, 10, 5]);
    expect(pages.map((page) => page.number)).toEqual([1, 2, 3]);
    expect(pages.every((page) => page.total === 3)).toBe(true);
    expect(pages.flatMap((page) => page.items)).toEqual(items);
  });

  test('links each page to its neighbours', () => {
    const [first, second, third] = paginate(items, 10, '/sources/tass/');
    expect(first).toMatchObject({
      path: '/sources/tass/',
      previousPath: undefined,
      nextPath: '/sources/tass/page/2/',
    });
    expect(second).toMatchObject({ previousPath: '/sources/tass/', nextPath: '/sources/tass/page/3/' });
    expect(third).toMatchObject({ path: '/sources/tass/page/3/', nextPath: undefined });
  });

  test('an exact multiple has no empty last page', () => {
    expect(paginate(items.slice(0, 20), 10, '/')).toHaveLength(2);
  });

  test('an empty list has one empty page', () => {
    expect(paginate([], 10, '/')).toEqual([
      { number: 1, total: 1, items: [], path: '/', previousPath: undefined, nextPath: undefined },
    ]);
  });

  test('refuses a page size that is not a positive integer', () => {
    expect(() => paginate(items, 0, '/')).toThrow(/positive integer/);
    expect(() => paginate(items, 2.5, '/')).toThrow(/positive integer/);
  });
});
