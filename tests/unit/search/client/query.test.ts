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

  test('are searched by their key alone, «в» before and «года» after them dropped', () => {
    for (const [query, key] of [
      ['12 мая 2022 года', dayKey(2022, 5, 12)],
      ['12.05.2022', dayKey(2022, 5, 12)],
      ['в мае 2022', monthKey(2022, 5)],
      ['9 июля', yearDayKey(7, 9)],
    ] as const) {
      const understood = day(query);
      expect(understood.terms, query).toBe(key);
      expect(understood.keys, query).toEqual([key]);
      expect(understood.freeWords, query).toEqual([]);
    }
    expect(day('в мае 2022').filters).toEqual({ year: '2022', month: '2022-05' });
    expect(day('9 июля').filters).toEqual({});
  });

  test('a year becomes its key and suggests a year filter', () => {
    const understood = day('Лавров 2022 год');
    expect(understood.filters).toEqual({ year: '2022' });
    expect(understood.terms).toBe(`Лавров ${nameKey('Лавров')} ${yearKey(2022)}`);
    expect(understood.keys).toContain(yearKey(2022));
    expect(understood.freeWords).toEqual([]);
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
