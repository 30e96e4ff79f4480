import { describe, expect, it } from 'vitest';
import { mergedIdProblems, mergedInto } from '../../../src/lib/validation/merged-ids.ts';

const people = [
  { id: 'tereza-mey', mergedIds: ['mey', 'tereza-mei'] },
  { id: 'boris-dzhonson' },
  { id: 'dzhonson', mergedIds: ['mey'] },
];

describe('merged ids', () => {
  it('maps each merged id to the entry it went into, the first when two list it', () => {
    expect([...mergedInto(people)]).toEqual([
      ['mey', 'tereza-mey'],
      ['tereza-mei', 'tereza-mey'],
    ]);
  });

  it('finds nothing wrong in a list whose merged ids are unique and unused', () => {
    expect(mergedIdProblems('content/people.yaml', people.slice(0, 2))).toEqual([]);
  });

  it('names an id taken again and a merged id listed twice', () => {
    const problems = mergedIdProblems('content/people.yaml', [...people, { id: 'tereza-mei' }]);
    expect(problems.map((problem) => [problem.field, problem.message])).toEqual([
      [
        'tereza-mey.mergedIds',
        '"tereza-mei" was merged into "tereza-mey", yet an entry with that id exists (its old address redirects here)',
      ],
      ['dzhonson.mergedIds', '"mey" is also listed in tereza-mey.mergedIds'],
    ]);
  });
});
