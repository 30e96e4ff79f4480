import { describe, expect, test } from 'vitest';
import { NameIndex } from '../../../../src/lib/names/name-index.ts';
import { NAMESAKES } from '../namesakes.ts';
import {
  MAX_PLAN_FILES,
  answerFromLists,
  listPlan,
  namesPlan,
} from '../../../../src/search/client/list-answer.ts';
import { understandQuery } from '../../../../src/search/client/query.ts';
import {
  RESULTS_PAGE_SIZE,
  newestFirst,
  type FirstPages,
  type ListItem,
  type ListJson,
} from '../../../../src/search/shared/list-format.ts';
import { parseState } from '../../../../src/search/client/url-state.ts';
import { sharedListFile } from '../../../../src/search/shared/shared-names.ts';

const names = new NameIndex(NAMESAKES, [
  ['baku', { id: 'baku', name: 'Баку', nameLatin: 'Baku', kind: 'city' }],
]);

const plan = (q: string, search = '') =>
  listPlan(parseState(`?q=${encodeURIComponent(q)}${search}`), understandQuery(q, names));

const item = (path: string, at: number, mentions: number, own: 0 | 1 = 1): ListItem => [
  path,
  path,
  at,
  'дата',
  'ТАСС',
  '',
  mentions,
  own,
];
const card = (id: string) => ({ path: `/people/${id}/`, title: id, kind: 'person' as const });
const ALIEVS = ['people/elmira-alieva', 'people/ilkham-aliev'];
const SHARED = sharedListFile(ALIEVS);
const files = new Map<string, ListJson>([
  [
    'people/sergey-lavrov.json',
    {
      card: card('sergey-lavrov'),
      count: 3,
      items: [item('/a/', 3, 1), item('/b/', 2, 5), item('/c/', 1, 1)],
    },
  ],
  ['people/ilkham-aliev.json', { card: card('ilkham-aliev'), count: 1, items: [item('/d/', 4, 2)] }],
  [
    'people/elmira-alieva.json',
    { card: card('elmira-alieva'), count: 2, items: [item('/e/', 5, 1), item('/d/', 4, 1)] },
  ],
  [
    'places/baku.json',
    {
      card: { path: '/places/baku/', title: 'Баку', kind: 'place' },
      count: 2,
      items: [item('/a/', 3, 1), item('/b/', 2, 1)],
    },
  ],
  [
    SHARED,
    {
      refs: ALIEVS,
      cards: [card('elmira-alieva'), card('ilkham-aliev')],
      count: 2,
      items: [item('/e/', 5, 1), item('/d/', 4, 2)],
    },
  ],
  ['months/2022-05.json', { count: 3, items: [item('/a/', 3, 1), item('/b/', 2, 1), item('/c/', 1, 1)] }],
  ['days/2022-05-12.json', { count: 2, items: [item('/a/', 3, 1), item('/b/', 2, 1)] }],
]);

describe('listPlan', () => {
  test('a name in any case, a day or a month, alone or together, is answered from lists', () => {
    expect(plan('Лаврова')?.files).toEqual(['people/sergey-lavrov.json']);
    expect(plan('Лавров в Баку 12 мая 2022')?.files).toEqual([
      'people/sergey-lavrov.json',
      'places/baku.json',
      'days/2022-05-12.json',
    ]);
    expect(plan('май 2022')).toEqual({
      groups: [{ files: ['months/2022-05.json'], names: false }],
      files: ['months/2022-05.json'],
      alone: true,
    });
    expect(plan('12 мая 2022')?.files).toEqual(['days/2022-05-12.json']);
    // One list that is the whole query may answer with its first page; a name with a date may not.
    expect(plan('Лаврова')?.alone).toBe(true);
    expect(plan('Лавров 12 мая 2022')?.alone).toBeUndefined();
  });

  test('a form two people share is either of them: one group, read from their shared list', () => {
    expect(plan('Алиева')).toEqual({
      groups: [
        {
          files: ['people/elmira-alieva.json', 'people/ilkham-aliev.json'],
          names: true,
          shared: SHARED,
          cards: ['people/elmira-alieva.json', 'people/ilkham-aliev.json'],
        },
      ],
      files: [SHARED],
      alone: true,
    });
    expect(plan('Алиева Баку')?.files).toEqual([SHARED, 'places/baku.json']);
  });

  test('an entity two names of the query can both mean is in both groups, as each key selects it', () => {
    // «Алиев» is Ильхам Алиев; «Алиева» is him (genitive) or Эльмира Алиева: the index finds
    // the pages naming both forms, every page of his among them.
    expect(plan('Алиев Алиева')).toEqual({
      groups: [
        { files: ['people/ilkham-aliev.json'], names: true, cards: ['people/ilkham-aliev.json'] },
        {
          files: ['people/elmira-alieva.json', 'people/ilkham-aliev.json'],
          names: true,
          shared: SHARED,
          cards: ['people/elmira-alieva.json', 'people/ilkham-aliev.json'],
        },
      ],
      files: ['people/ilkham-aliev.json', SHARED],
    });
  });

  test('a full name typed surname first is the one person, read from their list', () => {
    expect(plan('Лавров Сергей')).toEqual(plan('Сергей Лавров'));
    expect(plan('Лавров Сергей')?.files).toEqual(['people/sergey-lavrov.json']);
  });

  test('a day without a year is answered from the list of that day in every year', () => {
    expect(plan('9 июля')).toEqual({
      groups: [{ files: ['yearly/07-09.json'], names: false }],
      files: ['yearly/07-09.json'],
      alone: true,
    });
    expect(plan('Лавров 9 июля')?.files).toEqual(['people/sergey-lavrov.json', 'yearly/07-09.json']);
  });

  test('a first name alone shows no card, a name still being typed neither', () => {
    expect(plan('Сергей')!.groups[0]!.cards).toEqual([]);
    expect(plan('Сергей Лавров')!.groups[0]!.cards).toEqual(['people/sergey-lavrov.json']);
    expect(namesPlan([{ kind: 'people', id: 'sergey-lavrov' }]).groups[0]!.cards).toEqual([]);
    expect(answerFromLists(plan('Сергей')!, files, 'relevance')!.cards).toEqual([]);
  });

  test('a year alone is answered from its list', () => {
    expect(plan('2022')).toEqual({
      groups: [{ files: ['years/2022.json'], names: false }],
      files: ['years/2022.json'],
      alone: true,
    });
    expect(plan('в 2022 году')?.files).toEqual(['years/2022.json']);
  });

  test('free words, a year with anything else, a chosen filter or too many lists go to Pagefind', () => {
    expect(plan('Лавров переговоры')).toBeUndefined();
    expect(plan('Лавров 2022')).toBeUndefined();
    expect(plan('май 2022 2021')).toBeUndefined();
    expect(plan('2022', '&year=2022')).toBeUndefined();
    expect(plan('Лавров', '&source=tass')).toBeUndefined();
    expect(plan('')).toBeUndefined();
    expect(MAX_PLAN_FILES).toBeGreaterThan(2);
  });
});

describe('answerFromLists', () => {
  test('relevance is mentions, then newest; newest and oldest follow the date', () => {
    const lavrov = plan('Лавров')!;
    const paths = (sort: 'relevance' | 'newest' | 'oldest') =>
      answerFromLists(lavrov, files, sort)!.results.map((result) => result.item[0]);
    expect(paths('relevance')).toEqual(['/b/', '/a/', '/c/']);
    expect(paths('newest')).toEqual(['/a/', '/b/', '/c/']);
    expect(paths('oldest')).toEqual(['/c/', '/b/', '/a/']);
    expect(answerFromLists(lavrov, files, 'relevance')!.cards.map((one) => one.title)).toEqual([
      'sergey-lavrov',
    ]);
  });

  test('relevance puts the own articles (tagged, published then) before those only naming it, and counts them', () => {
    const mixed = new Map(files).set('people/sergey-lavrov.json', {
      card: card('sergey-lavrov'),
      count: 3,
      items: [item('/a/', 3, 1), item('/b/', 2, 5, 0), item('/c/', 1, 1)],
    });
    const answer = answerFromLists(plan('Лавров')!, mixed, 'relevance')!;
    expect(answer.results.map((result) => [result.item[0], result.own])).toEqual([
      ['/a/', true],
      ['/c/', true],
      ['/b/', false],
    ]);
    expect(answer.own).toBe(2);
    // With a date, own in every group: tagged and published that day.
    const withDay = new Map(mixed).set('days/2022-05-12.json', {
      count: 2,
      items: [item('/a/', 3, 1, 0), item('/b/', 2, 1)],
    });
    expect(answerFromLists(plan('Лавров 12 мая 2022')!, withDay, 'relevance')!.own).toBe(0);
  });

  test('every group must hold the article; within a group any list; a day keeps its own articles', () => {
    const answer = answerFromLists(plan('Лавров Баку')!, files, 'newest')!;
    expect(answer.results.map((result) => result.item[0])).toEqual(['/a/', '/b/']);
    expect(answer.cards).toEqual([]);
    const day = answerFromLists(plan('12 мая 2022')!, files, 'newest')!;
    expect(day.results.map((result) => result.item[0])).toEqual(['/a/', '/b/']);
    const either = answerFromLists(plan('Алиева')!, files, 'newest')!;
    expect(either.results.map((result) => result.item[0])).toEqual(['/e/', '/d/']);
    expect(either.cards.map((one) => one.title)).toEqual(['elmira-alieva', 'ilkham-aliev']);
  });

  test('a surname and a form of one of its people find that person’s articles', () => {
    // Алиев's one article does not name Эльмира Алиева; «Алиева» still means him there.
    const apart = new Map(files).set('people/elmira-alieva.json', {
      card: card('elmira-alieva'),
      count: 1,
      items: [item('/e/', 5, 1)],
    });
    const answer = answerFromLists(plan('Алиев Алиева')!, apart, 'newest')!;
    expect(answer.results.map((result) => result.item[0])).toEqual(['/d/']);
  });

  test("a shared list's cards follow the query's reading of the name, not the file's order", () => {
    // «Алиеву» is Алиев's dative before Алиева's accusative; the file lists its refs sorted.
    const answer = answerFromLists(plan('Алиеву')!, files, 'relevance')!;
    expect(answer.cards.map((one) => one.title)).toEqual(['ilkham-aliev', 'elmira-alieva']);
    expect(answer.results.map((result) => [result.item[0], result.score])).toEqual([
      ['/d/', 2],
      ['/e/', 1],
    ]);
    const withBaku = answerFromLists(plan('Алиева Баку')!, files, 'newest')!;
    expect(withBaku.results).toEqual([]);
  });

  test('a shared list of other entities (a hash collision) or none at all leaves the answer to Pagefind', () => {
    const other = new Map(files).set(SHARED, {
      refs: ['people/elmira-alieva', 'people/sergey-lavrov'],
      cards: [card('elmira-alieva'), card('sergey-lavrov')],
      count: 0,
      items: [],
    });
    expect(answerFromLists(plan('Алиева')!, other, 'newest')).toBeUndefined();
    const none = new Map(files);
    none.delete(SHARED);
    expect(answerFromLists(plan('Алиева')!, none, 'newest')).toBeUndefined();
  });

  test('a long shared list alone answers with its first page, as one entity does; with a date it may not', () => {
    const long = new Map(files).set(SHARED, {
      refs: ALIEVS,
      cards: [card('elmira-alieva'), card('ilkham-aliev')],
      ...firstPagesOf(25),
    });
    const answer = answerFromLists(plan('Алиева')!, long, 'newest')!;
    expect(answer.results).toHaveLength(RESULTS_PAGE_SIZE);
    expect(answer.rest?.count).toBe(25 - RESULTS_PAGE_SIZE);
    expect(answer.cards.map((one) => one.title)).toEqual(['elmira-alieva', 'ilkham-aliev']);
    expect(answerFromLists(plan('Алиева 12 мая 2022')!, long, 'newest')).toBeUndefined();
  });

  test('a long list (its first pages only) with another, or one not loaded, leaves the answer to Pagefind', () => {
    const long = new Map(files).set('places/baku.json', { card: card('baku'), ...firstPagesOf(25) });
    expect(answerFromLists(plan('Лавров Баку')!, long, 'relevance')).toBeUndefined();
    expect(answerFromLists(plan('Лавров')!, new Map(), 'relevance')).toBeUndefined();
    // A name still being typed shows whole lists only: Pagefind's rest would search the typed text.
    expect(answerFromLists(namesPlan([{ kind: 'places', id: 'baku' }]), long, 'newest')).toBeUndefined();
  });

  test('a long list alone answers with its first page, its card and a rest, as a year does', () => {
    const long = new Map(files).set('places/baku.json', { card: card('baku'), ...firstPagesOf(25) });
    const answer = answerFromLists(plan('Баку')!, long, 'newest')!;
    expect(answer.results).toHaveLength(RESULTS_PAGE_SIZE);
    expect(answer.cards.map((one) => one.title)).toEqual(['baku']);
    expect(answer.rest).toEqual({
      count: 25 - RESULTS_PAGE_SIZE,
      order: 'newest',
      skip: Array.from({ length: RESULTS_PAGE_SIZE }, (_, index) => index),
    });
    const month = new Map(files).set('months/2022-05.json', firstPagesOf(12));
    expect(answerFromLists(plan('май 2022')!, month, 'oldest')!.rest?.count).toBe(2);
  });
});

/** The first pages of a list of `count` articles, one a day, whose weights differ from the date order. */
function firstPagesOf(count: number): FirstPages & { all: ListItem[]; newest: ListItem[] } {
  const all = Array.from({ length: count }, (_, day) => item(`/2022/${day}/`, day, (day * 7) % 5));
  const newest = [...all].sort(newestFirst);
  const byWeight = [...all].sort((a, b) => b[6] - a[6] || newestFirst(a, b)).slice(0, RESULTS_PAGE_SIZE);
  return {
    all,
    newest,
    count,
    own: count,
    first: {
      relevance: byWeight,
      newest: newest.slice(0, RESULTS_PAGE_SIZE),
      oldest: newest.slice(-RESULTS_PAGE_SIZE).reverse(),
    },
    ranks: byWeight.map((one) => newest.indexOf(one)),
  };
}

describe('a year answered from its first page', () => {
  const { all, newest, ...list } = firstPagesOf(25);
  const byWeight = list.first.relevance;
  const year = new Map<string, ListJson>([['years/2022.json', list]]);
  const answer = (sort: 'relevance' | 'newest' | 'oldest') => answerFromLists(plan('2022')!, year, sort)!;

  test('the first page in each order, and the rest left to Pagefind in the order that continues it', () => {
    for (const sort of ['relevance', 'newest', 'oldest'] as const) {
      const { results, rest } = answer(sort);
      // What the page shows: the first page, then Pagefind's list in `rest.order` without `skip`.
      const pagefind = sort === 'oldest' ? [...newest].reverse() : newest;
      const skip = new Set(rest!.skip);
      const shown = [...results.map((one) => one.item), ...pagefind.filter((_, place) => !skip.has(place))];
      expect(rest!.count).toBe(all.length - RESULTS_PAGE_SIZE);
      expect(new Set(shown.map((one) => one[0])).size, sort).toBe(all.length);
      if (sort !== 'relevance') expect(shown, sort).toEqual(pagefind);
    }
    expect(answer('relevance').results.map((one) => one.item)).toEqual(byWeight);
  });

  test('a year that fits on one page has no rest; a year without a file (an empty list) has no articles', () => {
    const small = new Map<string, ListJson>([
      [
        'years/2022.json',
        {
          count: 1,
          own: 1,
          first: { relevance: [all[0]!], newest: [all[0]!], oldest: [all[0]!] },
          ranks: [0],
        },
      ],
    ]);
    expect(answerFromLists(plan('2022')!, small, 'newest')).toEqual({
      results: [{ item: all[0], score: all[0]![6], own: true }],
      cards: [],
      own: 1,
    });
    const none = new Map<string, ListJson>([['years/2022.json', { count: 0, items: [] }]]);
    expect(answerFromLists(plan('2022')!, none, 'newest')).toEqual({ results: [], cards: [], own: 0 });
  });
});
