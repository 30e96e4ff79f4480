import { describe, expect, test } from 'vitest';
import { articleRecord, dateSortKey, entityRecord } from '../../../../src/search/build/page-records.ts';
import { dayKey, monthKey, nameKey, yearKey } from '../../../../src/search/shared/keys.ts';
import { articleDates } from '../../../../src/search/build/mentioned-dates.ts';
import { personNameForms } from '../../../../src/lib/names/person-forms.ts';

const lavrov = {
  id: 'sergey-lavrov',
  name: 'Сергей Лавров',
  nameLatin: 'Sergey Lavrov',
  description: 'министр',
  gender: 'male' as const,
  aliases: ['Sergei Lavrov'],
};
const record = articleRecord({
  path: '/2022/05/12/vstrecha/',
  at: Date.UTC(2022, 4, 12, 9, 30),
  day: { year: 2022, month: 5, day: 12 },
  dates: articleDates(
    { year: 2022, month: 5, day: 12 },
    '26 ноября 2021 года три лидера встретились. 6 апреля этого года, в Брюсселе. Итоги 2014 года.',
  ),
  sourceId: 'tass',
  sourceName: 'ТАСС',
  displayDate: '12 мая 2022',
  people: [['sergey-lavrov', lavrov]],
  places: [['dushanbe', { id: 'dushanbe', name: 'Душанбе', nameLatin: 'Dushanbe', kind: 'city' }]],
});

describe('articleRecord', () => {
  test('has the filters and the date sort key', () => {
    expect(record.filters).toEqual({
      person: ['sergey-lavrov'],
      place: ['dushanbe'],
      source: ['tass'],
      year: ['2022'],
      month: ['2022-05'],
    });
    expect(record.sort).toEqual({ date: '2022-05-12T09:30:00.000Z /2022/05/12/vstrecha/' });
  });

  test('sorts by publication moment, then path: a total order, whatever the machine zone', () => {
    const morning = Date.UTC(2022, 4, 12, 5);
    const keys = [
      dateSortKey(Date.UTC(2022, 4, 12, 21), '/2022/05/13/a/'),
      dateSortKey(morning, '/2022/05/12/b/'),
      dateSortKey(morning, '/2022/05/12/a/'),
      dateSortKey(Date.UTC(2021, 11, 31, 22), '/2022/01/01/a/'),
    ];
    expect([...keys].sort()).toEqual([keys[3], keys[2], keys[1], keys[0]]);
    expect(new Set(keys).size).toBe(keys.length);
  });

  test('holds every name in six cases, in Latin and aliases, with their keys', () => {
    const names = record.meta['names']!.split(' · ');
    for (const form of [
      'Сергей Лавров',
      'Сергея Лаврова',
      'Лаврову',
      'Лавровым',
      'Лаврове',
      'Sergey Lavrov',
      'Lavrov',
      'Sergei Lavrov',
      'Душанбе',
      'Dushanbe',
    ]) {
      expect(names).toContain(form);
    }
    for (const form of ['Лавров', 'Лавровым', 'Сергея Лаврова', 'Lavrov', 'Душанбе'])
      expect(record.meta['keys']).toContain(nameKey(form));
  });

  test('holds the publication date and the mentioned dates in typed forms, with their keys', () => {
    const dates = record.meta['dates']!.split(' · ');
    for (const form of [
      '12 мая 2022',
      '12.05.2022',
      '12.5.2022',
      '2022-05-12',
      'май 2022',
      '26 ноября 2021',
      '26.11.2021',
      '6 апреля 2022',
      'апрель 2022',
    ]) {
      expect(dates).toContain(form);
    }
    for (const key of [dayKey(2022, 5, 12), monthKey(2022, 5), dayKey(2021, 11, 26), dayKey(2022, 4, 6)])
      expect(record.meta['keys']).toContain(key);
  });

  test('holds the key of the year it was published in only, not of those it names a day of or writes', () => {
    expect(record.meta['keys']).toContain(yearKey(2022));
    for (const year of [2021, 2014, 2020]) expect(record.meta['keys']).not.toContain(yearKey(year));
  });

  test('holds the name keys of the people and places its text mentions, not their forms', () => {
    const mentioning = articleRecord({
      path: '/2022/05/13/itogi/',
      at: Date.UTC(2022, 4, 13, 9, 30),
      day: { year: 2022, month: 5, day: 13 },
      dates: articleDates({ year: 2022, month: 5, day: 13 }, 'Лавров прибыл.'),
      sourceId: 'tass',
      sourceName: 'ТАСС',
      displayDate: '13 мая 2022',
      people: [],
      places: [],
      mentioned: { people: [lavrov], places: [] },
    });
    for (const form of ['Лавров', 'Лаврова', 'Sergey Lavrov'])
      expect(mentioning.meta['keys']).toContain(nameKey(form));
    expect(mentioning.meta['names']).toBe('');
    expect(mentioning.filters['person']).toEqual([]);
    expect(record.meta['keys']).not.toContain(nameKey('Собянин'));
  });

  test('keeps commas, which Pagefind reads as separators, out of values', () => {
    for (const value of Object.values(record.meta)) expect(value).not.toContain(',');
  });
});

describe('entityRecord', () => {
  test('a person page carries its names and keys, its kind as a filter, and no date', () => {
    const person = entityRecord('person', personNameForms(lavrov), 'министр');
    expect(person.filters).toEqual({ kind: ['person'] });
    expect(person.sort).toEqual({});
    expect(person.meta).toMatchObject({ kind: 'person', description: 'министр' });
    expect(person.meta['keys']).toContain(nameKey('Лаврова'));
  });
});
