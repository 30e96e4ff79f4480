import { describe, expect, test } from 'vitest';
import { NameIndex } from '../../../../src/lib/names/name-index.ts';
import type { Found } from '../../../../src/search/client/find-results.ts';
import type { PagefindResultData } from '../../../../src/search/client/pagefind-api.ts';
import { understandQuery, type UnderstoodQuery } from '../../../../src/search/client/query.ts';
import { spellingAnswer, type SpellingSources } from '../../../../src/search/client/spelling-answer.ts';
import { parseState, type SearchState } from '../../../../src/search/client/url-state.ts';

const index = new NameIndex(
  [
    [
      'angela-merkel',
      { id: 'angela-merkel', name: 'Ангела Меркель', nameLatin: 'Angela Merkel', gender: 'female' },
    ],
  ],
  [['bryussel', { id: 'bryussel', name: 'Брюссель', nameLatin: 'Brussels', kind: 'city' }]],
);

/** A result as Pagefind gives it: its text, and the source's name among its metadata. */
const page = (url: string, content: string): PagefindResultData => ({
  url,
  excerpt: '',
  meta: { title: content.split('.')[0], source: 'ТАСС' },
  filters: {},
  content,
});
const found = (...pages: PagefindResultData[]): Found => ({
  articles: [],
  cardData: [],
  firstPage: pages,
  keys: [],
});
const none = found();

/** The sources of a page whose searches answer from `answers` (by query), and what was asked. */
function sources(answers: Record<string, Found>) {
  const asked: { by: 'answer' | 'pagefind'; q: string; understood: UnderstoodQuery }[] = [];
  const prepared: string[] = [];
  const search =
    (by: 'answer' | 'pagefind') =>
    (state: SearchState, understood: UnderstoodQuery): Promise<Found | undefined> => {
      asked.push({ by, q: state.q, understood });
      return Promise.resolve(answers[state.q]);
    };
  const given: SpellingSources = {
    names: {
      table: index,
      lookup: (text) => index.lookup(text),
      longestNameWords: index.longestNameWords,
      prepare: (query) => {
        prepared.push(query);
        return Promise.resolve();
      },
    },
    answer: search('answer'),
    pagefind: search('pagefind'),
  };
  return { given, asked, prepared };
}

/** The spelling answer of `q` to Pagefind's `results`. */
function answer(q: string, results: Found, sourcesOf: ReturnType<typeof sources>) {
  return spellingAnswer(
    parseState(`?q=${encodeURIComponent(q)}`),
    understandQuery(q, index),
    results,
    sourcesOf.given,
  );
}

describe('spellingAnswer', () => {
  test('none when each free word is in a result, in any ending', async () => {
    const from = sources({});
    const results = found(page('/2019/05/24/a/', 'Переговоры о бюджете ЕС затянулись до утра.'));
    expect(await answer('переговорах Меркель', results, from)).toBeUndefined();
    expect(from.asked).toEqual([]);
  });

  test('a misspelt name: the results do not count, the name is offered and its articles shown', async () => {
    const merkel = found(page('/2018/06/29/sammit/', 'Ангела Меркель прибыла в Брюссель на саммит.'));
    const from = sources({ Меркель: merkel });
    // «Меркал» found «меры» by the stem «мер».
    const results = found(page('/2019/01/15/mery/', 'Совет не принял меры. По мере сил.'));
    const spelling = await answer('Меркал', results, from);
    expect(spelling).toMatchObject({ found: none, suggestion: { q: 'Меркель' } });
    expect(spelling?.instead).toMatchObject({ state: { q: 'Меркель' }, found: merkel, typed: 'Меркал' });
    expect(spelling?.instead?.understood.entities.map((entity) => entity.id)).toEqual(['angela-merkel']);
    expect(from.prepared).toEqual(['Меркель']);
    expect(from.asked.map(({ by, q }) => [by, q])).toEqual([['answer', 'Меркель']]);
  });

  test('a word near none of the results’: the words of the articles its beginning finds are tried', async () => {
    const beginning = found(page('/2021/03/01/b/', 'Переговоры в Брюсселе продолжились.'));
    const from = sources({ перего: beginning });
    const results = found(page('/2019/01/15/mery/', 'Совет не принял меры.'));
    const spelling = await answer('переговры', results, from);
    // Offered, but the corrected query finds nothing to show instead.
    expect(spelling).toEqual({ found: none, suggestion: parseState('?q=Переговоры') });
    expect(from.asked.map(({ by, q }) => [by, q])).toEqual([
      ['pagefind', 'перего'],
      ['answer', 'Переговоры'],
    ]);
  });

  test('no near word anywhere: the results do not count, and nothing is offered', async () => {
    const from = sources({});
    const spelling = await answer('абырвалг', found(page('/2019/01/15/a/', 'Совет не принял меры.')), from);
    expect(spelling).toEqual({ found: none });
    expect(from.asked.map(({ by }) => by)).toEqual(['pagefind']);
  });
});
