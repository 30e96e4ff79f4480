import { describe, expect, test } from 'vitest';
import { buildSearchLists, listsOf } from '../../../../src/search/build/search-lists.ts';
import type { ListedArticle, ListedEntity } from '../../../../src/search/build/list-input.ts';
import {
  MAX_LIST_ITEMS,
  RESULTS_PAGE_SIZE,
  newestFirst,
  type DateListJson,
  type EntityListJson,
  type FirstPages,
  type SharedListJson,
  type WholeList,
  type YearListJson,
} from '../../../../src/search/shared/list-format.ts';
import { articleYears } from '../../../../src/search/build/mentioned-dates.ts';
import { sharedListFile } from '../../../../src/search/shared/shared-names.ts';

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
  mentions: string[] = [],
): ListedArticle {
  const [year, month, dayOfMonth] = day;
  const mentionedDays = mentioned.map(([y, m, d]) => ({ year: y, month: m, day: d }));
  const published = { year, month, day: dayOfMonth };
  return {
    path,
    title: `Заголовок ${path}`,
    lead: undefined,
    text,
    at: Date.UTC(year, month - 1, dayOfMonth, 9),
    date: `${dayOfMonth} мая ${year}`,
    source: 'ТАСС',
    day: published,
    mentioned: mentionedDays,
    years: [[year, articleYears(published, mentionedDays, text).get(year)!]],
    entities,
    mentions,
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
    const list = files.get('people/sergey-lavrov.json') as EntityListJson & WholeList;
    expect(list.card).toEqual(lavrov.card);
    expect(list.count).toBe(2);
    expect(list.items.map((item) => item[0])).toEqual(['/2022/05/20/b/', '/2022/05/12/a/']);
    // Tagged (1) plus three mentions; the title does not mention him.
    expect(list.items[1]![6]).toBe(4);
    expect(list.items[1]![5]).toContain('<mark>Лавров</mark>');
    expect(list.items[0]![6]).toBe(1);
  });

  test('an entity list holds the articles that mention it untagged, after those tagged with it', () => {
    const mentioning = article(
      '/2022/07/01/m/',
      [2022, 7, 1],
      'Лаврова встретили. Лавров уехал.',
      [],
      [],
      ['people/sergey-lavrov'],
    );
    const lists = buildSearchLists([lavrov], [...articles, mentioning], undefined, 2);
    const list = lists.get('people/sergey-lavrov.json') as EntityListJson & FirstPages;
    expect(list.count).toBe(3);
    expect(list.own).toBe(2);
    // Tagged first, though the mention names him twice; then by mentions.
    expect(list.first.relevance.map((item) => [item[0], item[6], item[7]])).toEqual([
      ['/2022/05/12/a/', 4, 1],
      ['/2022/05/20/b/', 1, 1],
      ['/2022/07/01/m/', 2, 0],
    ]);
    expect(list.first.relevance[2]![5]).toContain('<mark>Лаврова</mark>');
    expect(listsOf(mentioning)).toContain('people/sergey-lavrov.json');
  });

  test('an unknown entity id is left out, as the index leaves it out', () => {
    expect([...files.keys()].filter((file) => file.startsWith('people/'))).toEqual([
      'people/sergey-lavrov.json',
    ]);
  });

  const weights = (file: string) =>
    (files.get(file) as DateListJson & WholeList).items.map((item) => [item[0], item[6]]);

  test('a month list holds the articles published in it or naming one of its days; each counts 1', () => {
    expect(weights('months/2022-05.json')).toEqual([
      ['/2022/06/01/c/', 1],
      ['/2022/05/20/b/', 2],
      ['/2022/05/12/a/', 1],
    ]);
    expect(weights('months/2022-06.json')).toEqual([['/2022/06/01/c/', 1]]);
  });

  test('a day list holds the articles published on it or naming it, each counting 1', () => {
    expect(weights('days/2022-05-12.json')).toEqual([
      ['/2022/06/01/c/', 1],
      ['/2022/05/20/b/', 1],
      ['/2022/05/12/a/', 1],
    ]);
    expect(weights('days/2022-05-20.json')).toEqual([['/2022/05/20/b/', 1]]);
    expect(files.has('days/2022-05-13.json')).toBe(false);
    expect(listsOf(articles[2]!)).toEqual(
      expect.arrayContaining([
        'months/2022-06.json',
        'days/2022-06-01.json',
        'months/2022-05.json',
        'days/2022-05-12.json',
      ]),
    );
  });

  test('a date list marks its own articles, published then; those naming it are not', () => {
    const own = (file: string) =>
      (files.get(file) as DateListJson & WholeList).items.map((item) => [item[0], item[7]]);
    expect(own('days/2022-05-12.json')).toEqual([
      ['/2022/06/01/c/', 0],
      ['/2022/05/20/b/', 0],
      ['/2022/05/12/a/', 1],
    ]);
    expect(own('months/2022-05.json')).toEqual([
      ['/2022/06/01/c/', 0],
      ['/2022/05/20/b/', 1],
      ['/2022/05/12/a/', 1],
    ]);
  });

  test('a yearly list holds that day of every year: the articles published on it or naming it', () => {
    const earlier = article('/2019/05/12/e/', [2019, 5, 12], 'Давно.', []);
    const lists = buildSearchLists([], [...articles, earlier]);
    expect(
      (lists.get('yearly/05-12.json') as DateListJson & WholeList).items.map((item) => [item[0], item[7]]),
    ).toEqual([
      ['/2022/06/01/c/', 0],
      ['/2022/05/20/b/', 0],
      ['/2022/05/12/a/', 1],
      ['/2019/05/12/e/', 1],
    ]);
    expect(listsOf(earlier)).toContain('yearly/05-12.json');
  });

  test('a day named twice, or on the day it was published, counts once more', () => {
    const own = article(
      '/2022/05/12/d/',
      [2022, 5, 12],
      'Сегодня, 12 мая 2022 года; 12.05.2022.',
      [],
      [
        [2022, 5, 12],
        [2022, 5, 12],
      ],
    );
    const lists = buildSearchLists([], [own]);
    expect((lists.get('days/2022-05-12.json') as WholeList).items[0]![6]).toBe(2);
    expect((lists.get('months/2022-05.json') as WholeList).items[0]![6]).toBe(2);
  });

  test(`a list longer than ${MAX_LIST_ITEMS} articles holds its count and first pages, like a year`, () => {
    const many = Array.from({ length: MAX_LIST_ITEMS + 1 }, (_, index) =>
      article(
        `/2022/05/01/n${String(index).padStart(3, '0')}/`,
        [2022, 5, 1],
        index === 7 ? 'Баку, Баку.' : 'Баку.',
        ['places/baku'],
      ),
    );
    const lists = buildSearchLists([baku], many);
    const place = lists.get('places/baku.json') as EntityListJson & FirstPages;
    expect(place.card).toEqual(baku.card);
    expect(place.count).toBe(MAX_LIST_ITEMS + 1);
    expect(place.first.relevance[0]![0]).toBe('/2022/05/01/n007/');
    expect(place.first.newest.map((item) => item[0])).toEqual(
      many
        .map((one) => one.path)
        .sort()
        .reverse()
        .slice(0, RESULTS_PAGE_SIZE),
    );
    expect('items' in place).toBe(false);
    for (const file of ['months/2022-05.json', 'days/2022-05-01.json'])
      expect((lists.get(file) as FirstPages).ranks).toHaveLength(RESULTS_PAGE_SIZE);
    // The limit is the caller's.
    expect(buildSearchLists([baku], many.slice(0, 5), undefined, 4).get('places/baku.json')).toHaveProperty(
      'first',
    );
    expect(buildSearchLists([baku], many.slice(0, 4), undefined, 4).get('places/baku.json')).toHaveProperty(
      'items',
    );
  });

  test('a year list holds the count and the first page of each order; relevance is the year’s weight', () => {
    const year = files.get('years/2022.json') as YearListJson;
    expect(year.count).toBe(3);
    expect(year.first.newest.map((item) => item[0])).toEqual([
      '/2022/06/01/c/',
      '/2022/05/20/b/',
      '/2022/05/12/a/',
    ]);
    expect(year.first.oldest.map((item) => item[0])).toEqual([
      '/2022/05/12/a/',
      '/2022/05/20/b/',
      '/2022/06/01/c/',
    ]);
    // b and c: published in 2022 and naming a day of it, twice the weight of a.
    expect(year.first.relevance.map((item) => [item[0], item[6]])).toEqual(
      [
        ['/2022/06/01/c/', 2],
        ['/2022/05/20/b/', 3],
        ['/2022/05/12/a/', 1],
      ].sort((a, b) => (b[1] as number) - (a[1] as number)),
    );
    expect(year.ranks).toEqual([1, 0, 2]);
    expect(listsOf(articles[1]!)).toContain('years/2022.json');
  });

  test(`a year of more than ${RESULTS_PAGE_SIZE} articles keeps the first page of each order and where the relevant ones stand`, () => {
    const many = Array.from({ length: 3 * RESULTS_PAGE_SIZE }, (_, index) =>
      article(
        `/2013/03/${String(index + 1).padStart(2, '0')}/n/`,
        [2013, 3, index + 1],
        index % 4 === 0 ? 'Итоги 2013 года; в 2013 году.' : 'Итоги.',
        [],
      ),
    );
    const year = buildSearchLists([], many).get('years/2013.json') as YearListJson;
    const newest = many.map((one) => [one.path, one.at]).sort((a, b) => (b[1] as number) - (a[1] as number));
    expect(year.count).toBe(many.length);
    expect(year.first.newest.map((item) => item[0])).toEqual(
      newest.slice(0, RESULTS_PAGE_SIZE).map(([path]) => path),
    );
    expect(year.first.oldest.map((item) => item[0])).toEqual(
      newest
        .slice(-RESULTS_PAGE_SIZE)
        .reverse()
        .map(([path]) => path),
    );
    expect(year.first.relevance.slice(0, 8).every((item) => item[6] === 3)).toBe(true);
    expect(year.ranks.map((rank) => newest[rank]![0])).toEqual(year.first.relevance.map((item) => item[0]));
    expect([...year.first.newest].sort(newestFirst)).toEqual(year.first.newest);
  });
});

describe('a name several people share', () => {
  const aliev: ListedEntity = {
    kind: 'people',
    id: 'ilkham-aliev',
    card: { path: '/people/ilkham-aliev/', title: 'Ильхам Алиев', kind: 'person' },
    forms: ['Ильхам Алиев', 'Алиев', 'Алиева', 'Алиеву'],
  };
  const alieva: ListedEntity = {
    kind: 'people',
    id: 'elmira-alieva',
    card: { path: '/people/elmira-alieva/', title: 'Эльмира Алиева', kind: 'person' },
    forms: ['Эльмира Алиева', 'Алиева', 'Алиевой', 'Алиеву'],
  };
  const both = sharedListFile(['people/ilkham-aliev', 'people/elmira-alieva']);
  const named = [
    article('/2022/05/01/a/', [2022, 5, 1], 'Ильхам Алиев прибыл.', ['people/ilkham-aliev']),
    article('/2022/05/02/b/', [2022, 5, 2], 'Эльмира Алиева и Ильхам Алиев. Алиев сказал.', [
      'people/elmira-alieva',
      'people/ilkham-aliev',
    ]),
    article('/2022/05/03/c/', [2022, 5, 3], 'Эльмира Алиева.', ['people/elmira-alieva']),
  ];

  test('has one list of every article naming any of them, once, with their cards', () => {
    const list = buildSearchLists([lavrov, aliev, alieva], named).get(both) as SharedListJson & WholeList;
    expect(list.refs).toEqual(['people/elmira-alieva', 'people/ilkham-aliev']);
    expect(list.cards).toEqual([alieva.card, aliev.card]);
    expect(list.items.map((item) => item[0])).toEqual(['/2022/05/03/c/', '/2022/05/02/b/', '/2022/05/01/a/']);
    // The article naming both: the excerpt and weight of the one it names most (Алиев, twice).
    expect(list.items[1]![6]).toBe(3);
    expect(list.items[1]![5]).toContain('<mark>Ильхам Алиев</mark>');
  });

  test('a shared list asked for alone is built from its entities’ articles, and their own lists are not written', () => {
    const only = buildSearchLists([lavrov, aliev, alieva], named, new Set([both]));
    expect([...only.keys()]).toEqual([both]);
    expect(only.get(both)).toEqual(buildSearchLists([lavrov, aliev, alieva], named).get(both));
  });

  test('a long one holds its first pages', () => {
    const list = buildSearchLists([aliev, alieva], named, undefined, 2).get(both) as SharedListJson &
      FirstPages;
    expect(list.count).toBe(3);
    expect(list.first.newest.map((item) => item[0])[0]).toBe('/2022/05/03/c/');
    expect(list.cards).toHaveLength(2);
  });
});

describe('a few lists built again (a rebuild) equal the same lists of a full build', () => {
  // Ильхам Алиев's genitive «Алиева» is also Эльмира Алиева's name: the two share a list. An
  // article tagged with both and with a third person names «Ильхама Алиева» once: the longest
  // form wins, so that is one mention of him, none of her, whichever lists are being built.
  const person = (id: string, title: string, forms: string[]): ListedEntity => ({
    kind: 'people',
    id,
    card: { path: `/people/${id}/`, title, kind: 'person' },
    forms,
  });
  const ilkham = person('ilkham-aliev', 'Ильхам Алиев', [
    'Ильхам Алиев',
    'Ильхама Алиева',
    'Алиев',
    'Алиева',
  ]);
  const elmira = person('elmira-alieva', 'Эльмира Алиева', ['Эльмира Алиева', 'Эльмиры Алиевой', 'Алиева']);
  const people = [ilkham, elmira, lavrov];
  const text = 'Ильхама Алиева встретил Сергей Лавров. Алиева поблагодарила за приём.';
  const day = [
    article('/2024/10/24/a/', [2024, 10, 24], text, [
      'people/ilkham-aliev',
      'people/elmira-alieva',
      'people/sergey-lavrov',
    ]),
    article('/2024/10/24/b/', [2024, 10, 24], 'Сергей Лавров прибыл в Баку.', ['people/sergey-lavrov']),
  ];

  test('whichever of an article’s entities are among the lists built', () => {
    const full = buildSearchLists(people, day);
    // A rebuild after an article of Лавров's alone builds his list and the lists it shares.
    for (const only of [
      new Set(['people/sergey-lavrov.json']),
      new Set(['people/elmira-alieva.json']),
      new Set([sharedListFile(['people/ilkham-aliev', 'people/elmira-alieva'])]),
    ]) {
      const some = buildSearchLists(people, day, only);
      for (const file of only) expect(some.get(file), file).toEqual(full.get(file));
    }
    // Her own mention counts (the second «Алиева»), his genitive does not.
    const hers = full.get('people/elmira-alieva.json') as EntityListJson & WholeList;
    expect(hers.items.find((item) => item[0] === '/2024/10/24/a/')?.[6]).toBe(2);
  });
});
