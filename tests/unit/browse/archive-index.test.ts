import { describe, expect, test } from 'vitest';
import { buildIndexes } from '../../../src/lib/browse/archive-index.ts';

const article = (id: string, day: string, sourceId: string, peopleIds: string[], placeIds: string[]) => ({
  id,
  date: { day },
  sourceId,
  peopleIds,
  placeIds,
});
const archive = [
  article('c', '2022-05-13', 'tass', ['lavrov'], ['dushanbe']),
  article('b', '2022-05-12', 'ria', ['lavrov', 'lavrov'], ['moskva']),
  article('a', '2021-01-11', 'tass', [], ['moskva']),
];
const places: [string, { within?: string }][] = [
  ['rossiya', {}],
  ['moskva', { within: 'rossiya' }],
  ['sochi', { within: 'rossiya' }],
  ['dushanbe', { within: 'tadzhikistan' }],
];

describe('buildIndexes', () => {
  const indexes = buildIndexes(archive, places);

  test('lists the articles of each person, place and source newest first, each once', () => {
    expect(indexes.byPerson.get('lavrov')?.map(({ id }) => id)).toEqual(['c', 'b']);
    expect(indexes.byPlace.get('moskva')?.map(({ id }) => id)).toEqual(['b', 'a']);
    expect(indexes.bySource.get('tass')?.map(({ id }) => id)).toEqual(['c', 'a']);
    expect(indexes.byPerson.get('nobody')).toBeUndefined();
  });

  test('ranks every article by its position in time', () => {
    expect([...indexes.rank]).toEqual([
      ['c', 0],
      ['b', 1],
      ['a', 2],
    ]);
  });

  test('knows the places inside each place', () => {
    expect(indexes.placesWithin.get('rossiya')).toEqual(['moskva', 'sochi']);
    expect(indexes.placesWithin.get('moskva')).toBeUndefined();
  });

  test('groups by date', () => {
    expect(indexes.dates.years.map(({ key, count }) => [key, count])).toEqual([
      ['2022', 2],
      ['2021', 1],
    ]);
  });
});
