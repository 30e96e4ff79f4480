import { describe, expect, test } from 'vitest';
import { NameIndex } from '../../../../src/lib/names/name-index.ts';
import { archiveCounts, bucketFile, entityName } from '../../../../src/search/shared/directory.ts';
import { buildFacetLabels } from '../../../../src/search/build/facet-labels.ts';
import { buildNameBuckets } from '../../../../src/search/build/name-buckets.ts';

const people = new Map([
  [
    'sergey-lavrov',
    { id: 'sergey-lavrov', name: 'Сергей Лавров', nameLatin: 'Sergey Lavrov', description: '' },
  ],
  [
    'pavel-lavrentev',
    { id: 'pavel-lavrentev', name: 'Павел Лаврентьев', nameLatin: 'Pavel Lavrentyev', description: '' },
  ],
]);
const places = new Map([
  ['dushanbe', { id: 'dushanbe', name: 'Душанбе', nameLatin: 'Dushanbe', kind: 'city' as const }],
]);

describe('name table buckets', () => {
  const buckets = buildNameBuckets({ names: new NameIndex(people, places), people, places });

  test('list each entity of a bucket with its display name', () => {
    const la = buckets.get('ла')!;
    expect(la.table.map(([kind, id]) => `${kind}/${id}`)).toEqual([
      'people/sergey-lavrov',
      'people/pavel-lavrentev',
    ]);
    expect(la.names).toEqual(['Сергей Лавров', 'Павел Лаврентьев']);
    expect(buckets.get('du')!.names).toEqual(['Душанбе']);
  });

  test('are named by the code points of their letters, ASCII for any host', () => {
    expect(bucketFile('ла')).toBe('43b-430');
    expect(bucketFile('la')).toBe('6c-61');
    expect(new Set([...buckets.keys()].map(bucketFile)).size).toBe(buckets.size);
    for (const bucket of buckets.keys()) expect(bucketFile(bucket)).toMatch(/^[0-9a-f-]+$/);
  });
});

describe('facet labels', () => {
  const labels = buildFacetLabels({
    people,
    places,
    sources: new Map([['tass', { name: 'ТАСС' }]]),
    byPerson: new Map([['sergey-lavrov', [1, 2, 3]]]),
    byPlace: new Map([['dushanbe', [1]]]),
    bySource: new Map([['tass', [1, 2, 3, 4]]]),
    years: [2022, 2022, 2021, 2022],
  });

  test('name every person, place and source, with its articles (none for an entity without)', () => {
    expect(labels.entities.person).toEqual({
      'sergey-lavrov': ['Сергей Лавров', 3],
      'pavel-lavrentev': ['Павел Лаврентьев', 0],
    });
    expect(entityName(labels, 'place', 'dushanbe')).toBe('Душанбе');
    expect(entityName(labels, 'source', 'tass')).toBe('ТАСС');
    expect(entityName(labels, 'year', '2022')).toBeUndefined();
    expect(entityName(undefined, 'person', 'sergey-lavrov')).toBeUndefined();
  });

  test('give the counts shown before anything is searched', () => {
    expect(archiveCounts(labels)).toEqual({
      person: { 'sergey-lavrov': 3, 'pavel-lavrentev': 0 },
      place: { dushanbe: 1 },
      source: { tass: 4 },
      year: { 2021: 1, 2022: 3 },
    });
  });
});
