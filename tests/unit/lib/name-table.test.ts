import { describe, expect, test } from 'vitest';
import { NameIndex } from '../../../src/lib/names/name-index.ts';
import { NameTable, nameBucket, type NameTableJson } from '../../../src/lib/names/name-table.ts';
import type { Person } from '../../../src/schemas/person.ts';

/** Namesakes (Лавров/Лаврентьев, Алиев/Алиева) and places of two words, one hyphenated. */
const person = (id: string, name: string, nameLatin: string): [string, Person] => [
  id,
  { id, name, nameLatin, description: '' },
];
const index = new NameIndex(
  [
    person('sergey-lavrov', 'Сергей Лавров', 'Sergey Lavrov'),
    person('pavel-lavrentev', 'Павел Лаврентьев', 'Pavel Lavrentyev'),
    person('ilkham-aliev', 'Ильхам Алиев', 'Ilham Aliyev'),
    person('elmira-alieva', 'Эльмира Алиева', 'Elmira Aliyeva'),
  ],
  [
    [
      'sankt-peterburg',
      { id: 'sankt-peterburg', name: 'Санкт-Петербург', nameLatin: 'Saint Petersburg', kind: 'city' },
    ],
    [
      'nizhniy-novgorod',
      { id: 'nizhniy-novgorod', name: 'Нижний Новгород', nameLatin: 'Nizhny Novgorod', kind: 'city' },
    ],
  ],
);

describe('NameTable', () => {
  test('survives JSON: the browser looks names up exactly as the build does', () => {
    const json = JSON.parse(JSON.stringify(index.toJSON())) as NameTableJson;
    const table = NameTable.fromJSON(json);
    const everyForm = json.flatMap(([, , forms]) => forms.map(([, text]) => text));
    expect(everyForm.length).toBeGreaterThan(20);
    for (const text of [...everyForm, 'Алиева', 'алиевым', 'Aliyev', 'Эльмиры Алиевой'])
      expect(table.lookup(text)).toEqual(index.lookup(text));
    expect(table.longestNameWords).toBe(index.longestNameWords);
  });
});

describe('name table buckets', () => {
  const buckets = index.toBuckets();
  const forms = index.toJSON().flatMap(([, , entityForms]) => entityForms.map(([, text]) => text));

  test('a bucket is the first two letters of the first word, spelling-blind', () => {
    expect(nameBucket('Лаврова')).toBe('ла');
    expect(nameBucket('Сергея Лаврова')).toBe('се');
    expect(nameBucket('Санкт-Петербурге')).toBe('са');
    expect(nameBucket('Ёлкин')).toBe('ел');
    expect(nameBucket('Lavrov')).toBe('la');
    expect(nameBucket('Я')).toBe('я');
    expect(nameBucket('«»')).toBeUndefined();
  });

  test('every form is in the bucket of its first word, and only there', () => {
    expect(forms.length).toBeGreaterThan(40);
    for (const [bucket, table] of buckets)
      for (const [, , entityForms] of table)
        for (const [, text] of entityForms) expect(nameBucket(text), text).toBe(bucket);
    const bucketed = [...buckets.values()].flatMap((table) =>
      table.flatMap(([, , entityForms]) => entityForms.map(([, text]) => text)),
    );
    expect(bucketed.sort()).toEqual([...forms].sort());
  });

  test('the buckets of a text’s first word look it up exactly as the whole table does', () => {
    for (const text of [...forms, 'Алиева', 'алиевым', 'Aliyev', 'Нижнем Новгороде', 'Лавр', 'Лаврентьеву']) {
      const table = new NameTable();
      const bucket = buckets.get(nameBucket(text)!);
      if (bucket) table.load(JSON.parse(JSON.stringify(bucket)) as NameTableJson);
      expect(table.lookup(text), text).toEqual(index.lookup(text));
    }
  });

  test('loading every bucket, in any order, rebuilds the table', () => {
    const table = new NameTable();
    for (const bucket of [...buckets.values()].reverse()) table.load(bucket);
    for (const text of forms) expect(table.lookup(text), text).toEqual(index.lookup(text));
    expect(table.longestNameWords).toBe(index.longestNameWords);
  });
});

describe('NameTable.formsStartingWith', () => {
  const table = NameTable.fromJSON(index.toJSON());

  test('lists the longer forms that begin with the text, spelling-blind', () => {
    expect(table.formsStartingWith('Сергей Лав', 5)).toEqual(expect.arrayContaining(['сергей лавров']));
    expect(table.formsStartingWith('СЕРГЕЙ лав', 5).every((form) => form.startsWith('сергей лав'))).toBe(
      true,
    );
    expect(table.formsStartingWith('Санкт-Пет', 5)).toEqual(expect.arrayContaining(['санкт петербург']));
  });

  test('leaves out the form typed in full, and stops one past the limit', () => {
    expect(table.formsStartingWith('Сергей Лавров', 5)).not.toContain('сергей лавров');
    expect(table.formsStartingWith('ал', 1)).toHaveLength(2);
    expect(table.formsStartingWith('', 5)).toEqual([]);
  });
});
