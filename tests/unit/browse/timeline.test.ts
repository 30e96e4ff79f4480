import { describe, expect, test } from 'vitest';
import {
  dayNumber,
  firstAtOrAfter,
  pack,
  personIdCodes,
  placeIdCodes,
  sharedCodes,
  timelineOf,
} from '../../../src/lib/browse/timeline.ts';

const article = (id: string, day: string, peopleIds: string[], placeIds: string[]) => ({
  id,
  date: { day },
  peopleIds,
  placeIds,
});

describe('codes', () => {
  test('the same id always gets the same code, another id another', () => {
    const [lavrov, bayramov] = personIdCodes(['lavrov', 'bayramov']);
    expect(personIdCodes(['bayramov', 'lavrov'])).toEqual(Int32Array.from([bayramov!, lavrov!]));
    expect(lavrov).not.toBe(bayramov);
    expect(placeIdCodes(['moskva'])).toEqual(placeIdCodes(['moskva']));
  });
});

describe('pack and sharedCodes', () => {
  test('counts the codes of one item that are in a set of codes', () => {
    const packed = pack([Int32Array.from([1, 2]), Int32Array.from([]), Int32Array.from([3, 1, 7])]);
    expect([...packed.start]).toEqual([0, 2, 2, 5]);
    expect(sharedCodes(Int32Array.from([1, 7]), packed, 0)).toBe(1);
    expect(sharedCodes(Int32Array.from([1, 7]), packed, 1)).toBe(0);
    expect(sharedCodes(Int32Array.from([1, 7]), packed, 2)).toBe(2);
  });
});

describe('firstAtOrAfter', () => {
  test('finds where a rank belongs in ascending ranks', () => {
    const ranks = Int32Array.from([2, 5, 9]);
    expect([0, 2, 3, 9, 10].map((rank) => firstAtOrAfter(ranks, rank))).toEqual([0, 0, 1, 2, 3]);
  });
});

describe('timelineOf', () => {
  test('lays out a list by rank, day and codes, once per list', () => {
    const list = [
      article('b', '2022-05-12', ['lavrov'], ['baku']),
      article('a', '2022-05-04', [], ['moskva']),
    ];
    const rank = new Map([
      ['b', 3],
      ['a', 7],
    ]);
    const timeline = timelineOf(list, rank);
    expect([...timeline.ranks]).toEqual([3, 7]);
    expect(timeline.days[0]! - timeline.days[1]!).toBe(8);
    expect(timeline.days[0]).toBe(dayNumber('2022-05-12'));
    expect(sharedCodes(personIdCodes(['lavrov']), timeline.people, 0)).toBe(1);
    expect(sharedCodes(placeIdCodes(['moskva', 'baku']), timeline.places, 1)).toBe(1);
    expect(timelineOf(list, rank)).toBe(timeline);
  });
});
