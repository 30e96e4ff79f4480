import { describe, expect, test } from 'vitest';
import { NameIndex } from '../../../../src/lib/names/name-index.ts';
import { personNameForms } from '../../../../src/lib/names/person-forms.ts';
import {
  isSharedList,
  sharedListFile,
  sharedNameLists,
  type NamedRef,
} from '../../../../src/search/shared/shared-names.ts';
import type { Person } from '../../../../src/schemas/person.ts';
import { NAMESAKES } from '../namesakes.ts';

describe('sharedListFile', () => {
  test('names a set: ASCII, the same in any order or with repeats, another for another set', () => {
    const file = sharedListFile(['people/ilkham-aliev', 'people/elmira-alieva']);
    expect(file).toMatch(/^shared\/[0-9a-f]{16}\.json$/u);
    expect(sharedListFile(['people/elmira-alieva', 'people/ilkham-aliev', 'people/elmira-alieva'])).toBe(
      file,
    );
    expect(sharedListFile(['people/elmira-alieva', 'people/sergey-lavrov'])).not.toBe(file);
    expect(isSharedList(file)).toBe(true);
    expect(isSharedList('people/elmira-alieva.json')).toBe(false);
  });
});

describe('sharedNameLists', () => {
  const ref = (kind: NamedRef['kind'], id: string, forms: string[]): NamedRef => ({ kind, id, forms });

  test('a form two or more entities have, spelling-blind, is one set; a form of one entity is none', () => {
    const lists = sharedNameLists([
      ref('people', 'egorov', ['Евгений Егоров', 'Егоров', 'Егорова', 'Егорову']),
      ref('people', 'egorova', ['Анна Егорова', 'Егорова', 'Егоровой', 'ЕГОРОВУ']),
      ref('people', 'yolkin', ['Ёлкин']),
      ref('places', 'yelkin', ['Елкин']),
    ]);
    expect([...lists.values()]).toEqual([
      ['people/egorov', 'people/egorova'],
      ['people/yolkin', 'places/yelkin'],
    ]);
    expect([...lists.keys()]).toEqual([
      sharedListFile(['people/egorov', 'people/egorova']),
      sharedListFile(['people/yolkin', 'places/yelkin']),
    ]);
  });

  test('every name form the search page looks up and finds several entities for has its list', () => {
    const people: [string, Person][] = [
      ...NAMESAKES,
      [
        'sergey-sobyanin',
        { id: 'sergey-sobyanin', name: 'Сергей Собянин', nameLatin: 'Sergey Sobyanin', description: '' },
      ],
    ];
    const names = new NameIndex(people, []);
    const lists = sharedNameLists(
      people.map(([id, person]) => ({
        kind: 'people',
        id,
        forms: personNameForms(person).map((form) => form.text),
      })),
    );
    const looked = new Set<string>();
    for (const [, person] of people) {
      for (const form of personNameForms(person)) {
        const matches = names.lookup(form.text);
        if (matches.length < 2) continue;
        const refs = matches.map((match) => `${match.kind}/${match.id}`);
        expect(lists.get(sharedListFile(refs)), form.text).toEqual([...refs].sort());
        looked.add(sharedListFile(refs));
      }
    }
    // «Алиева», «Алиеву» (Алиев and Алиева), «Сергей», «Сергея» … (Лавров and Собянин).
    expect(looked.size).toBe(lists.size);
    expect(lists.size).toBeGreaterThanOrEqual(2);
  });
});
