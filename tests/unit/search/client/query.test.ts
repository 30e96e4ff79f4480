import { describe, expect, test } from 'vitest';
import { nameBuckets, understandQuery } from '../../../../src/search/client/query.ts';
import { dayKey, monthKey, nameKey, yearDayKey, yearKey } from '../../../../src/search/shared/keys.ts';
import { NameIndex } from '../../../../src/lib/names/name-index.ts';
import { NameTable } from '../../../../src/lib/names/name-table.ts';
import { SoundTable } from '../../../../src/lib/names/sound-table.ts';

const names = new NameIndex(
  [
    [
      'sergey-lavrov',
      {
        id: 'sergey-lavrov',
        name: 'Сергей Лавров',
        nameLatin: 'Sergey Lavrov',
        description: '',
        gender: 'male',
      },
    ],
    [
      'pavel-lavrentev',
      {
        id: 'pavel-lavrentev',
        name: 'Павел Лаврентьев',
        nameLatin: 'Pavel Lavrentyev',
        description: '',
        gender: 'male',
      },
    ],
    [
      'ilkham-aliev',
      { id: 'ilkham-aliev', name: 'Ильхам Алиев', nameLatin: 'Ilham Aliyev', description: '' },
    ],
    [
      'elmira-alieva',
      {
        id: 'elmira-alieva',
        name: 'Эльмира Алиева',
        nameLatin: 'Elmira Aliyeva',
        description: '',
        gender: 'female',
      },
    ],
    [
      'nikol-pashinyan',
      {
        id: 'nikol-pashinyan',
        name: 'Никол Пашинян',
        nameLatin: 'Nikol Pashinyan',
        description: '',
        gender: 'male',
      },
    ],
  ],
  [['dushanbe', { id: 'dushanbe', name: 'Душанбе', nameLatin: 'Dushanbe', kind: 'city' }]],
);

const ids = (query: string) => understandQuery(query, names).entities.map((entity) => entity.id);

describe('names in a query', () => {
  test('are recognised in any case and in Latin', () => {
    expect(ids('Лавров')).toEqual(['sergey-lavrov']);
    expect(ids('Лавровым')).toEqual(['sergey-lavrov']);
    expect(ids('Сергея Лаврова')).toEqual(['sergey-lavrov']);
    expect(ids('Lavrov')).toEqual(['sergey-lavrov']);
    expect(ids('Пашиняна')).toEqual(['nikol-pashinyan']);
    expect(ids('в Душанбе')).toEqual(['dushanbe']);
  });

  test('each name keeps every reading, an entity another name already means too', () => {
    const understood = understandQuery('Лавров Лаврова', names);
    expect(understood.entities.map((entity) => entity.id)).toEqual(['sergey-lavrov']);
    expect(understood.names.map((name) => [name.text, name.matches.map((match) => match.id)])).toEqual([
      ['Лавров', ['sergey-lavrov']],
      ['Лаврова', ['sergey-lavrov']],
    ]);
  });

  test('a first name and surname typed surname first are the full name, keyed as it is written', () => {
    const understood = understandQuery('Лавров Сергей', names);
    expect(understood.names.map((name) => [name.text, name.matches.map((match) => match.id)])).toEqual([
      ['Лавров Сергей', ['sergey-lavrov']],
    ]);
    expect(understood.terms).toBe(`Лавров ${nameKey('Сергей Лавров')}`);
    expect(understandQuery('Лаврова Сергея', names).keys).toEqual([nameKey('Сергея Лаврова')]);
    expect(understandQuery('Lavrov Sergey', names).keys).toEqual([nameKey('Sergey Lavrov')]);
  });

  test('a namesake is not the person', () => {
    expect(ids('Лаврентьев')).toEqual(['pavel-lavrentev']);
    expect(ids('Лавр')).toEqual([]);
  });

  test('a form two people share names both, the nominative reading first', () => {
    expect(ids('Алиева')).toEqual(['elmira-alieva', 'ilkham-aliev']);
    expect(ids('Алиевым')).toEqual(['ilkham-aliev']);
  });

  test('become the exact key of the form and its last word; prepositions before them go', () => {
    const understood = understandQuery('в Душанбе', names);
    expect(understood.terms).toBe(`Душанбе ${nameKey('Душанбе')}`);
    expect(understood.keys).toEqual([nameKey('Душанбе')]);
    // The key selects Lavrov's pages; «Лаврова» ranks them and is marked in excerpts;
    // «Сергея» would only cost an index chunk.
    expect(understandQuery('встреча Сергея Лаврова', names).terms).toBe(
      `встреча Лаврова ${nameKey('Сергея Лаврова')}`,
    );
  });

  test('in Latin become the key alone (articles are written in Cyrillic)', () => {
    expect(understandQuery('Sergey Lavrov', names).terms).toBe(nameKey('Sergey Lavrov'));
    expect(understandQuery('Lavrov', names).terms).toBe(nameKey('Lavrov'));
  });

  test('leave other words alone', () => {
    const understood = understandQuery('нормализация отношений', names);
    expect(understood).toMatchObject({
      terms: 'нормализация отношений',
      entities: [],
      names: [],
      dates: [],
      keys: [],
      filters: {},
    });
  });

  test('a hyphenated free word is searched by its parts, as a space-separated spelling is', () => {
    expect(understandQuery('Северный поток-2', names).terms).toBe('Северный поток 2');
    expect(understandQuery('Северный поток 2', names).terms).toBe('Северный поток 2');
    expect(understandQuery('Лавров о поток-2', names).terms).toBe(`Лавров ${nameKey('Лавров')} о поток 2`);
  });
});

describe('dates in a query', () => {
  const day = (query: string) => understandQuery(query, names);

  test('every spelling of one day is the same day, searched by its key alone', () => {
    for (const query of [
      '12 мая 2022',
      '12.05.2022',
      '12.5.2022',
      '2022-05-12',
      '2022-5-12',
      '12/05/2022',
      '12 мая 2022 года',
    ]) {
      const understood = day(query);
      expect(understood.dates, query).toMatchObject([
        { kind: 'day', date: { year: 2022, month: 5, day: 12 } },
      ]);
      expect(understood.terms, query).toBe(dayKey(2022, 5, 12));
      expect(understood.filters, query).toEqual({ year: '2022', month: '2022-05' });
    }
  });

  test('without leading zeros', () => {
    expect(day('2.5.2022').terms).toBe(dayKey(2022, 5, 2));
    expect(day('02.05.2022').terms).toBe(dayKey(2022, 5, 2));
  });

  test('a month in any form, and «в» before it', () => {
    for (const query of ['май 2022', 'в мае 2022', 'мая 2022', '05.2022', '2022-05']) {
      const understood = day(query);
      expect(understood.dates, query).toMatchObject([{ kind: 'month', date: { year: 2022, month: 5 } }]);
      expect(understood.terms, query).toBe(monthKey(2022, 5));
      expect(understood.filters, query).toEqual({ year: '2022', month: '2022-05' });
    }
  });

  test('a year becomes its key and suggests a year filter', () => {
    const understood = day('Лавров 2022 год');
    expect(understood.filters).toEqual({ year: '2022' });
    expect(understood.terms).toBe(`Лавров ${nameKey('Лавров')} ${yearKey(2022)}`);
    expect(understood.keys).toContain(yearKey(2022));
    expect(understood.freeWords).toEqual([]);
  });

  test('a day without a year is that day of every year, searched by its key', () => {
    const understood = day('9 июля');
    expect(understood.dates).toEqual([{ kind: 'yearDay', text: '9 июля', month: 7, day: 9 }]);
    expect(understood.terms).toBe(yearDayKey(7, 9));
    expect(understood.filters).toEqual({});
    // With a year it is the one day.
    expect(day('9 июля 2018').dates).toEqual([
      { kind: 'day', text: '9 июля 2018', date: { year: 2018, month: 7, day: 9 } },
    ]);
    expect(day('29 февраля').dates).toHaveLength(1);
    expect(day('30 февраля').dates).toEqual([]);
  });

  test('impossible dates are not dates', () => {
    expect(day('31.02.2022').dates.filter((date) => date.kind === 'day')).toEqual([]);
    expect(day('30 февраля 2022').dates.filter((date) => date.kind === 'day')).toEqual([]);
  });

  test('names and dates together', () => {
    const understood = day('Лавров в Душанбе 12 мая 2022');
    expect(understood.entities.map((entity) => entity.id)).toEqual(['sergey-lavrov', 'dushanbe']);
    expect(understood.keys).toEqual([nameKey('Лавров'), nameKey('Душанбе'), dayKey(2022, 5, 12)]);
    expect(understood.terms).toBe(
      `Лавров ${nameKey('Лавров')} Душанбе ${nameKey('Душанбе')} ${dayKey(2022, 5, 12)}`,
    );
  });
});

describe('names typed in another script', () => {
  const sounds = new SoundTable();
  sounds.add('people', 'donald-tramp', 'Трамп', 'Трамп');
  sounds.add('people', 'donald-tramp', 'Дональд Трамп', 'Дональд Трамп');
  const lookup = {
    lookup: (text: string) => (names.lookup(text).length > 0 ? names.lookup(text) : sounds.lookup(text)),
    longestNameWords: 2,
  };

  test('are searched by the key of the form the archive holds, and its last word', () => {
    const understood = understandQuery('Donald Trump', lookup);
    expect(understood.entities.map((entity) => entity.id)).toEqual(['donald-tramp']);
    expect(understood.keys).toEqual([nameKey('Дональд Трамп')]);
    expect(understood.terms).toBe(`Трамп ${nameKey('Дональд Трамп')}`);
    expect(understandQuery('Trump', lookup).keys).toEqual([nameKey('Трамп')]);
  });
});

describe('the name table buckets a query needs', () => {
  test('are those of its words outside dates, once each', () => {
    expect(nameBuckets('Сергея Лаврова')).toEqual(['се', 'ла']);
    expect(nameBuckets('Лавров и Лаврентьев 12 мая 2022')).toEqual(['ла', 'и']);
    expect(nameBuckets('в Санкт-Петербурге 2022')).toEqual(['в', 'са']);
    expect(nameBuckets('12.05.2022')).toEqual([]);
  });

  test('hold every name the query names: understanding with only them is the same', () => {
    const only = (query: string) => {
      const json = names.toBuckets();
      const table = new NameTable();
      for (const bucket of nameBuckets(query)) table.load(json.get(bucket) ?? []);
      return understandQuery(query, table);
    };
    for (const query of ['Сергея Лаврова', 'Лавров в Душанбе 12 мая 2022', 'Алиева и Пашиняна', 'Lavrov'])
      expect(only(query), query).toEqual(understandQuery(query, names));
  });
});
