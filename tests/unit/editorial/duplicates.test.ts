import { expect, test } from 'vitest';
import { DuplicateIndex, urlKey } from '../../../src/lib/editorial/duplicates.ts';

const index = new DuplicateIndex([
  {
    file: '2022/05/12-a.md',
    title: 'Главы МИД обсудили отношения',
    day: '2022-05-12',
    source: 'tass',
    sourceUrl: 'https://tass.ru/politika/1',
  },
]);

test('the same source URL is a duplicate, however the address is spelled', () => {
  expect(
    index.find({
      title: 'Другой',
      day: '2022-06-01',
      source: undefined,
      sourceUrl: 'https://www.TASS.ru/politika/1/#top',
    }),
  ).toEqual({ file: '2022/05/12-a.md', reason: 'same source URL' });
});

test('the same source, day and title is a duplicate, ignoring letter case, ё and punctuation', () => {
  expect(index.find({ title: 'главы МИД обсудили отношения!', day: '2022-05-12', source: 'tass' })).toEqual({
    file: '2022/05/12-a.md',
    reason: 'same source, date and title',
  });
});

test('another day, source or title is not', () => {
  expect(
    index.find({ title: 'Главы МИД обсудили отношения', day: '2022-05-13', source: 'tass' }),
  ).toBeUndefined();
  expect(
    index.find({ title: 'Главы МИД обсудили отношения', day: '2022-05-12', source: 'ria-novosti' }),
  ).toBeUndefined();
  expect(
    index.find({ title: 'Главы МИД обсудили отношения', day: '2022-05-12', source: undefined }),
  ).toBeUndefined();
});

test('urlKey', () => {
  expect(urlKey('https://ria.ru/a/?id=1')).toBe('ria.ru/a?id=1');
});
