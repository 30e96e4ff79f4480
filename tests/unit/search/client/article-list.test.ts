import { describe, expect, test } from 'vitest';
import { ArticleList, type ArticleListParts } from '../../../../src/search/client/article-list.ts';
import type { PagefindResult, PagefindResultData } from '../../../../src/search/client/pagefind-api.ts';

/** `count` results, as Pagefind's or the lists' are: each one's data fetched when asked. */
function results(count: number, from = 0): PagefindResult[] {
  return Array.from({ length: count }, (_, at) => {
    const url = `/2022/05/${String(from + at + 1).padStart(2, '0')}/statya/`;
    return {
      id: url,
      score: 0,
      data: () =>
        Promise.resolve({ url, excerpt: '', meta: { title: `Материал ${from + at + 1}` }, filters: {} }),
    };
  });
}

/** The page's list, its section and its button, and what got focus; an article is its URL. */
function page() {
  const shown: string[] = [];
  const focused: string[] = [];
  const parts = {
    list: {
      append: (...items: { url: string }[]) => shown.push(...items.map((item) => item.url)),
      replaceChildren: () => shown.splice(0),
    },
    section: { hidden: true },
    more: { hidden: true },
  };
  const render = (data: PagefindResultData, phrases: string[]) =>
    ({
      url: `${data.url}${phrases.length > 0 ? ` [${phrases.join(', ')}]` : ''}`,
      querySelector: () => ({ focus: () => focused.push(data.url) }),
    }) as unknown as HTMLElement;
  const list = new ArticleList(parts as unknown as ArticleListParts, render);
  return { list, parts, shown, focused };
}

const firstPage = (articles: PagefindResult[]) =>
  Promise.all(articles.slice(0, 10).map((result) => result.data()));

describe('ArticleList', () => {
  test('shows the first page with the query’s phrases marked, and «Показать ещё» while more are found', async () => {
    const { list, parts, shown, focused } = page();
    const articles = results(23);
    list.start(articles, await firstPage(articles), ['Сергей Лавров']);
    expect(shown).toHaveLength(10);
    expect(shown[0]).toBe('/2022/05/01/statya/ [Сергей Лавров]');
    expect([list.found, list.shown]).toEqual([23, 10]);
    expect(parts).toMatchObject({ section: { hidden: false }, more: { hidden: false } });
    expect(focused).toEqual([]);
  });

  test('each next page is appended and its first article focused; the button goes with the last', async () => {
    const { list, parts, shown, focused } = page();
    const articles = results(23);
    list.start(articles, await firstPage(articles), []);
    await list.showMore(() => true);
    await list.showMore(() => true);
    expect(shown).toHaveLength(23);
    expect(focused).toEqual(['/2022/05/11/statya/', '/2022/05/21/statya/']);
    expect(parts.more.hidden).toBe(true);
  });

  test('a page a newer search has overtaken is not shown', async () => {
    const { list, shown } = page();
    const articles = results(15);
    list.start(articles, await firstPage(articles), []);
    await list.showMore(() => false);
    expect(shown).toHaveLength(10);
    expect(list.shown).toBe(10);
  });

  test('articles a search of the years left adds bring the button back', async () => {
    const { list, parts } = page();
    const articles = results(10);
    list.start(articles, await firstPage(articles), []);
    expect(parts.more.hidden).toBe(true);
    articles.push(...results(4, 10));
    list.updateMore();
    expect([list.found, parts.more.hidden]).toEqual([14, false]);
  });

  test('no articles: the section is hidden; cleared, the list is empty and hidden', async () => {
    const { list, parts, shown } = page();
    list.start([], [], []);
    expect(parts).toMatchObject({ section: { hidden: true }, more: { hidden: true } });
    const articles = results(12);
    list.start(articles, await firstPage(articles), []);
    list.clear();
    expect(shown).toEqual([]);
    expect(list.found).toBe(0);
    expect(parts).toMatchObject({ section: { hidden: true }, more: { hidden: true } });
  });
});
