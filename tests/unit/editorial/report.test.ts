import { expect, test } from 'vitest';
import { emptyCounts } from '../../../src/lib/editorial/clean-text.ts';
import { outcomeLine, summary, writtenReport } from '../../../src/lib/editorial/report.ts';

test('one line for each article that was not simply added', () => {
  expect(
    outcomeLine('a.jsonl:3', { kind: 'failed', reasons: ['"title" is missing', '"text" is empty'] }),
  ).toBe('a.jsonl:3: failed: "title" is missing; "text" is empty');
  expect(
    outcomeLine('a.jsonl:4', { kind: 'skipped', file: 'x.md', reason: 'is already in the archive' }),
  ).toBe('a.jsonl:4: skipped: is already in the archive');
  expect(outcomeLine('a.jsonl:5', { kind: 'added', file: 'x.md', names: [], refused: [] })).toBeUndefined();
});

test('the summary gives totals, new entries with what to review, and every kind of clean-up', () => {
  const cleanup = { ...emptyCounts(), homoglyphs: 3, lineEndings: 12 };
  const text = summary(
    { added: 2, updated: 0, unchanged: 0, skipped: 1, failed: 1, cleanup, refused: [], tagged: [] },
    {
      people: [
        {
          id: 'dmitriy-peskov',
          name: 'Дмитрий Песков',
          nameLatin: 'Dmitriy Peskov',
        },
      ],
      places: [],
      sources: [],
    },
    'content',
  );
  expect(text.split('\n')).toEqual([
    'added 2, updated 0, unchanged 0, skipped 1, failed 1',
    'new people (1): Дмитрий Песков (dmitriy-peskov)',
    'clean-up (characters only, wording unchanged):',
    '     12  Windows/old Mac line endings turned into \\n',
    '      3  look-alike Latin/Cyrillic letters replaced inside words («Моcква»)',
  ]);
  expect(
    summary(
      {
        added: 1,
        updated: 0,
        unchanged: 0,
        skipped: 0,
        failed: 0,
        cleanup: emptyCounts(),
        refused: [],
        tagged: [],
      },
      { people: [], places: [], sources: [] },
      'content',
    ),
  ).toContain('clean-up: none needed');
});

test('what `new` wrote, with how each name was resolved', () => {
  expect(
    writtenReport(
      'content/articles/2022/05/13-x.md',
      [
        { kind: 'sources', name: 'ТАСС', id: 'tass', created: false },
        { kind: 'people', name: 'Лаврова', id: 'sergey-lavrov', created: false },
        { kind: 'people', name: 'Дмитрий Песков', id: 'dmitriy-peskov', created: true },
      ],
      'content',
    ),
  ).toBe(
    'content/articles/2022/05/13-x.md\n  source: «ТАСС» → tass\n  people: «Лаврова» → sergey-lavrov; «Дмитрий Песков» → dmitriy-peskov (new, added to content/people.yaml)',
  );
});

test('a long list of new entries is cut short and counted', () => {
  const people = Array.from({ length: 15 }, (_, index) => ({
    id: `p-${index}`,
    name: `П ${index}`,
    nameLatin: 'x',
    description: 'x',
  }));
  const text = summary(
    {
      added: 15,
      updated: 0,
      unchanged: 0,
      skipped: 0,
      failed: 0,
      cleanup: emptyCounts(),
      refused: [],
      tagged: [],
    },
    { people, places: [], sources: [] },
    'content',
  );
  expect(text).toContain('new people (15): П 0 (p-0), ');
  expect(text).toContain('П 11 (p-11), … and 3 more');
  expect(text).not.toContain('p-12');
});
