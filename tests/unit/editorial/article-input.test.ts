import { expect, test } from 'vitest';
import { checkArticleInput } from '../../../src/lib/editorial/article-input.ts';

const good = {
  title: 'Моcква готовится к форуму',
  date: '2022-05-12',
  source: 'ТАСС',
  url: 'https://tass.ru/1',
  text: 'Абзац один.\r\n\r\nАбзац два .',
  people: ['Лаврова', 'Лаврова'],
  places: ['Москве'],
};

test('a good record is cleaned, split into paragraphs, and its repeated names merged', () => {
  const checked = checkArticleInput(good);
  expect(checked.ok).toBe(true);
  if (!checked.ok) return;
  expect(checked.article).toMatchObject({
    title: 'Москва готовится к форуму',
    source: 'ТАСС',
    paragraphs: ['Абзац один.', 'Абзац два.'],
    people: [{ name: 'Лаврова' }],
    places: [{ name: 'Москве' }],
  });
  expect(checked.cleanup).toMatchObject({ homoglyphs: 1, lineEndings: 2, spaceBeforePunctuation: 1 });
});

test('every problem of a record is reported at once', () => {
  const checked = checkArticleInput({
    date: '2022-02-30',
    source: 'ТАСС',
    text: '  ',
    people: 'Лавров',
    url: 'tass.ru',
  });
  expect(checked).toEqual({
    ok: false,
    reasons: [
      '"title" is missing',
      '"date": "2022-02-30" is an impossible date: there is no such day',
      '"text" is empty',
      '"url" must be an http(s) address such as https://tass.ru/politika/1, got "tass.ru"',
      '"people" must be a list of names such as ["Сергей Лавров", {"name": "Тереза Мэй", "latin": "Theresa May"}], got "Лавров"',
    ],
  });
});

test('a value that is not an object is refused', () => {
  expect(checkArticleInput([1, 2])).toMatchObject({
    ok: false,
    reasons: [expect.stringContaining('must be a JSON object')],
  });
});
