import { describe, expect, test } from 'vitest';
import {
  MAX_LIST_ITEMS,
  buildSearchLists,
  type EntityListJson,
  type ListedArticle,
  type ListedEntity,
  type MonthListJson,
} from '../../../src/lib/search/search-lists.ts';

const lavrov: ListedEntity = {
  kind: 'people',
  id: 'sergey-lavrov',
  card: { path: '/people/sergey-lavrov/', title: 'Сергей Лавров', kind: 'person', description: 'Министр' },
  forms: ['Сергей Лавров', 'Лавров', 'Лаврова', 'Сергея Лаврова'],
};
const baku: ListedEntity = {
  kind: 'places',
  id: 'baku',
  card: { path: '/places/baku/', title: 'Баку', kind: 'place' },
  forms: ['Баку'],
};

function article(
  path: string,
  day: [number, number, number],
  text: string,
  entities: string[],
  mentioned: [number, number, number][] = [],
): ListedArticle {
  const [year, month, dayOfMonth] = day;
  return {
    path,
    title: `Заголовок ${path}`,
    lead: undefined,
    text,
    at: Date.UTC(year, month - 1, dayOfMonth, 9),
    date: `${dayOfMonth} мая ${year}`,
    source: 'ТАСС',
    day: { year, month, day: dayOfMonth },
    mentioned: mentioned.map(([y, m, d]) => ({ year: y, month: m, day: d })),
    entities,
  };
}

const articles = [
  article('/2022/05/12/a/', [2022, 5, 12], 'Лавров прибыл. Лаврова встретили. Сергей Лавров уехал.', [
    'people/sergey-lavrov',
  ]),
  article(
    '/2022/05/20/b/',
    [2022, 5, 20],
    'В Баку прошла встреча 12 мая 2022 года.',
    ['places/baku', 'people/sergey-lavrov'],
    [[2022, 5, 12]],
  ),
  article('/2022/06/01/c/', [2022, 6, 1], 'Итоги 12 мая.', ['places/baku', 'people/nobody'], [[2022, 5, 12]]),
];

describe('buildSearchLists', () => {
  const files = buildSearchLists([lavrov, baku], articles);

  test('an entity list holds its card and every article naming it, newest first, with its mentions', () => {
    const list = files.get('people/sergey-lavrov.json') as EntityListJson;
    expect(list.card).toEqual(lavrov.card);
    expect(list.count).toBe(2);
    expect(list.items!.map((item) => item[0])).toEqual(['/2022/05/20/b/', '/2022/05/12/a/']);
    // Tagged (1) plus three mentions; the title does not mention him.
    expect(list.items![1]![6]).toBe(4);
    expect(list.items![1]![5]).toContain('<mark>Лавров</mark>');
    expect(list.items![0]![6]).toBe(1);
  });

  test('an unknown entity id is left out, as the index leaves it out', () => {
    expect([...files.keys()].filter((file) => file.startsWith('people/'))).toEqual([
      'people/sergey-lavrov.json',
    ]);
  });

  test('a month list holds the articles published in it or naming one of its days, with those days', () => {
    const may = files.get('months/2022-05.json') as MonthListJson;
    expect(may.items!.map((item) => [item[0], item[7], item[8]])).toEqual([
      ['/2022/06/01/c/', 0, [12]],
      ['/2022/05/20/b/', 20, [12]],
      ['/2022/05/12/a/', 12, []],
    ]);
    const june = files.get('months/2022-06.json') as MonthListJson;
    expect(june.items!.map((item) => item[0])).toEqual(['/2022/06/01/c/']);
  });

  test(`a list longer than ${MAX_LIST_ITEMS} articles is written without them`, () => {
    const many = Array.from({ length: MAX_LIST_ITEMS + 1 }, (_, index) =>
      article(`/2022/05/01/n${index}/`, [2022, 5, 1], 'Баку.', ['places/baku']),
    );
    const list = buildSearchLists([baku], many).get('places/baku.json') as EntityListJson;
    expect(list).toEqual({ card: baku.card, count: MAX_LIST_ITEMS + 1, items: null });
  });
});
