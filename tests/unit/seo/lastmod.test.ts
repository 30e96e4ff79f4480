import { describe, expect, it } from 'vitest';
import { addListPage, lastmodOf, lastmodTable } from '../../../src/lib/seo/lastmod.ts';

const table = lastmodTable([
  {
    path: '/2022/05/12/a/',
    day: '2022-05-12',
    modified: '2022-05-12T00:00:00+03:00',
    listedOn: ['/sources/tass/', '/people/sergey-lavrov/'],
  },
  {
    path: '/2022/05/13/b/',
    day: '2022-05-13',
    modified: '2022-06-01T09:40:00+03:00',
    listedOn: ['/sources/tass/'],
  },
]);

describe('lastmodTable', () => {
  it('dates an article by its last change and a list by its latest article', () => {
    expect(table.get('/2022/05/12/a/')).toBe('2022-05-12T00:00:00+03:00');
    expect(table.get('/2022/05/13/b/')).toBe('2022-06-01T09:40:00+03:00');
    expect(table.get('/')).toBe('2022-06-01T09:40:00+03:00');
    expect(table.get('/2022/')).toBe('2022-06-01T09:40:00+03:00');
    expect(table.get('/2022/05/12/')).toBe('2022-05-12T00:00:00+03:00');
    expect(table.get('/sources/tass/')).toBe('2022-06-01T09:40:00+03:00');
    expect(table.get('/people/sergey-lavrov/')).toBe('2022-05-12T00:00:00+03:00');
  });
});

describe('lastmodOf', () => {
  it('reads absolute URLs under a base, further list pages sharing the list’s date', () => {
    const base = 'https://example.org/letopis/';
    expect(lastmodOf(table, `${base}sources/tass/page/2/`, base)).toBe('2022-06-01T09:40:00+03:00');
    expect(lastmodOf(table, `${base}page/3/`, base)).toBe('2022-06-01T09:40:00+03:00');
    expect(lastmodOf(table, base, base)).toBe('2022-06-01T09:40:00+03:00');
    expect(lastmodOf(table, `${base}people/`, base)).toBeUndefined();
    expect(lastmodOf(table, 'https://elsewhere.org/', base)).toBeUndefined();
  });
});

describe('addListPage', () => {
  it('dates a numbered page by its own articles, not by the list’s newest', () => {
    const pages = new Map(table);
    addListPage(pages, '/sources/tass/page/1/', ['2022-05-12T00:00:00+03:00', '2022-05-10T00:00:00+03:00']);
    const base = 'https://example.org/';
    expect(lastmodOf(pages, `${base}sources/tass/page/1/`, base)).toBe('2022-05-12T00:00:00+03:00');
    expect(lastmodOf(pages, `${base}sources/tass/`, base)).toBe('2022-06-01T09:40:00+03:00');
  });
});
