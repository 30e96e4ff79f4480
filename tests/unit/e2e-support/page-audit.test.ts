import { describe, expect, it } from 'vitest';
import { pageShape, pagesByType } from '../../e2e/support/page-audit.ts';

const base = 'http://127.0.0.1:4324/letopis/';

describe('pageShape', () => {
  it('keeps the first word of a path, and turns numbers into # and other words into *', () => {
    expect(pageShape(base, base)).toBe('');
    expect(pageShape(`${base}2022/05/12/glavy-mid/`, base)).toBe('#/#/#/*');
    expect(pageShape(`${base}2022/`, base)).toBe('#');
    expect(pageShape(`${base}people/sergey-lavrov/page/2/`, base)).toBe('people/*/*/#');
    expect(pageShape(`${base}places/baku/`, base)).toBe('places/*');
    expect(pageShape(`${base}search/?q=1#x`, base)).toBe('search');
    expect(pageShape(`${base}404.html`, base)).toBe('404.html');
  });
});

describe('pagesByType', () => {
  it('keeps the first pages of each shape, in order', () => {
    const urls = ['', '2022/', '2021/', '2020/', 'people/a/', 'places/b/', 'people/c/', 'people/d/'].map(
      (path) => `${base}${path}`,
    );
    expect(pagesByType(urls, base, 2).map((url) => url.slice(base.length))).toEqual([
      '',
      '2022/',
      '2021/',
      'people/a/',
      'places/b/',
      'people/c/',
    ]);
  });
});
