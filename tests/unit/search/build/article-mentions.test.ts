import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { untaggedMentions } from '../../../../src/search/build/article-mentions.ts';
import type { ContentArticle } from '../../../../src/lib/content/read-content.ts';
import { parseArticleDate } from '../../../../src/lib/dates.ts';
import type { Person } from '../../../../src/schemas/person.ts';
import type { Place } from '../../../../src/schemas/place.ts';

const people = new Map<string, Person>([
  ['tereza-mey', { id: 'tereza-mey', name: 'Тереза Мэй', gender: 'female' }],
  ['sergey-lavrov', { id: 'sergey-lavrov', name: 'Сергей Лавров', gender: 'male' }],
  ['vera-brezhneva', { id: 'vera-brezhneva', name: 'Вера Брежнева', gender: 'female' }],
]);
const places = new Map<string, Place>([
  [
    'velikobritaniya',
    { id: 'velikobritaniya', name: 'Великобритания', kind: 'country', aliases: ['Британия'] },
  ],
  ['mir', { id: 'mir', name: 'Мир', kind: 'city' }],
]);

function article(id: string, tagged: { people?: string[]; places?: string[] }): ContentArticle {
  return {
    id,
    data: {
      title: id,
      date: parseArticleDate('2019-05-24')!,
      draft: false,
      source: 'tass',
      people: tagged.people ?? [],
      places: tagged.places ?? [],
    },
    body: { chunk: 0, start: 0, end: 0 },
    digest: id,
  };
}

describe('untaggedMentions', () => {
  const texts = new Map([
    [
      'a',
      {
        title: 'Мэй объявила об уходе',
        lead: 'Голос премьера дрогнул.',
        text: 'Премьер-министр Тереза Мэй говорила о служении Британии. Лаврова об этом спросили.',
      },
    ],
    ['b', { title: 'Мир вздохнул', lead: undefined, text: 'Вера в лучшее осталась. Мир замер.' }],
    ['c', { title: 'В городе Мир открыли замок', lead: undefined, text: 'Замок в Мире отреставрирован.' }],
  ]);
  const found = untaggedMentions(
    {
      people,
      places,
      articles: [article('a', { people: ['tereza-mey'] }), article('b', {}), article('c', {})],
    },
    texts,
  );

  test('finds the people and places a text names in any case, and leaves the tagged ones out', () => {
    expect(found.get('a')).toEqual(['places/velikobritaniya', 'people/sergey-lavrov']);
  });

  test('a common word at a sentence start is no mention («Мир», «Вера»); the same word inside one is', () => {
    expect(found.get('b')).toEqual([]);
    expect(found.get('c')).toEqual(['places/mir']);
  });
});

describe('untaggedMentions kept between builds', () => {
  const texts = new Map([['a', { title: 'Итоги', lead: undefined, text: 'Тереза Мэй выступила.' }]]);
  const scratch = mkdtempSync(join(tmpdir(), 'letopis-mentions-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  const cacheFile = join(scratch, 'mentions.json');

  test('an unchanged article is not read again; a changed person or place reads every one', () => {
    const archive = { people, places, articles: [article('a', {})] };
    expect(untaggedMentions(archive, texts, cacheFile).get('a')).toEqual(['people/tereza-mey']);
    // The same digest with other text: the cached answer stands, the text is not read.
    const other = new Map([['a', { title: 'Итоги', lead: undefined, text: 'Ничего.' }]]);
    expect(untaggedMentions(archive, other, cacheFile).get('a')).toEqual(['people/tereza-mey']);
    const renamed = new Map(people).set('tereza-mey', { id: 'tereza-mey', name: 'Тереза Мей' });
    expect(untaggedMentions({ ...archive, people: renamed }, other, cacheFile).get('a')).toEqual([]);
  });
});
