import { expect, test } from 'vitest';
import { articleFile, articlePath, parseArticlePath } from '../../../src/lib/article-path.ts';
import { entityPath, joinBase } from '../../../src/lib/urls.ts';

test('reads the day and the frozen slug from an article path', () => {
  expect(parseArticlePath('2022/05/12-glavy-mid.md')).toEqual({
    year: '2022',
    month: '05',
    dayOfMonth: '12',
    day: '2022-05-12',
    slug: 'glavy-mid',
  });
  expect(parseArticlePath('2022/05/12-glavy-mid')?.slug).toBe('glavy-mid');
});

test('refuses Cyrillic, uppercase and undated paths', () => {
  for (const path of [
    '2022/05/12-Главы.md',
    '2022/05/12-Glavy.md',
    '2022/5/12-x.md',
    'x.md',
    '2022/05/12_x.md',
  ]) {
    expect(parseArticlePath(path), path).toBeUndefined();
  }
});

test('serves an article under its day and writes it at its dated file', () => {
  expect(articlePath('2022/05/12-glavy-mid')).toBe('/2022/05/12/glavy-mid/');
  expect(() => articlePath('glavy-mid')).toThrow(/Not an article id/);
  expect(articleFile('2022-05-12', 'glavy-mid')).toBe('2022/05/12-glavy-mid.md');
});

test('puts the base in front of a site path', () => {
  expect(joinBase('/', '/people/x/')).toBe('/people/x/');
  expect(joinBase('/letopis/', '/people/x/')).toBe('/letopis/people/x/');
  expect(joinBase('/letopis', 'people/x/')).toBe('/letopis/people/x/');
  expect(entityPath('places', 'dushanbe')).toBe('/places/dushanbe/');
});
