import { describe, expect, test } from 'vitest';
import { NameIndex } from '../../../../src/lib/names/name-index.ts';
import { NameTable } from '../../../../src/lib/names/name-table.ts';
import type { Person } from '../../../../src/schemas/person.ts';
import { MAX_NAMES_BEGUN, typingAhead, yearMayFollow } from '../../../../src/search/client/typing-ahead.ts';
import { understandQuery } from '../../../../src/search/client/query.ts';

const person = (id: string, name: string, nameLatin: string): [string, Person] => [
  id,
  { id, name, nameLatin, description: '' },
];

const table = NameTable.fromJSON(
  new NameIndex(
    [
      person('sergey-lavrov', 'Сергей Лавров', 'Sergey Lavrov'),
      person('pavel-lavrentev', 'Павел Лаврентьев', 'Pavel Lavrentev'),
      ...Array.from({ length: MAX_NAMES_BEGUN + 1 }, (_, index) =>
        person(`aleksandr-${index}`, `Александр Иванов${'а'.repeat(index)}`, `Aleksandr ${index}`),
      ),
    ],
    [],
  ).toJSON(),
);

describe('typingAhead', () => {
  test('the beginning of a few names shows their articles', () => {
    expect(typingAhead('Лаврен', table)).toEqual({
      kind: 'names',
      entities: [{ kind: 'people', id: 'pavel-lavrentev' }],
    });
    const both = typingAhead('Лавр', table);
    expect(both.kind === 'names' && both.entities.map((entity) => entity.id).sort()).toEqual([
      'pavel-lavrentev',
      'sergey-lavrov',
    ]);
  });

  test(`the beginning of more than ${MAX_NAMES_BEGUN} people's names waits for the reader to pause`, () => {
    expect(typingAhead('Алекс', table)).toEqual({ kind: 'pause' });
    expect(typingAhead('Александр Ив', table)).toEqual({ kind: 'pause' });
  });

  test('a date being typed waits for a pause: a day and the start of a month, or a month word alone', () => {
    expect(typingAhead('21 ию', table)).toEqual({ kind: 'pause' });
    expect(typingAhead('21 июля', table)).toEqual({ kind: 'pause' });
    expect(typingAhead('июль', table)).toEqual({ kind: 'pause' });
  });

  test('anything else is searched at once', () => {
    expect(typingAhead('переговоры', table)).toEqual({ kind: 'search' });
    expect(typingAhead('Лавров переговоры', table)).toEqual({ kind: 'search' });
    expect(typingAhead('2013', table)).toEqual({ kind: 'search' });
  });
});

describe('yearMayFollow', () => {
  const dates = (query: string) => understandQuery(query, new NameTable());
  test('a text ending with a day and month may be on its way to a year', () => {
    expect(yearMayFollow(dates('12 мая'), '12 мая')).toBe(true);
    expect(yearMayFollow(dates('Лавров 12 мая '), 'Лавров 12 мая ')).toBe(true);
    expect(yearMayFollow(dates('12 мая 2022'), '12 мая 2022')).toBe(false);
    expect(yearMayFollow(dates('12 мая Лавров'), '12 мая Лавров')).toBe(false);
    expect(yearMayFollow(dates('Лавров'), 'Лавров')).toBe(false);
  });
});
