import { describe, expect, test } from 'vitest';
import {
  articleYears,
  mentionedDates,
  mentionedYears,
} from '../../../../src/search/build/mentioned-dates.ts';

describe('mentionedDates', () => {
  test('finds dates written out with a year, with or without «года»', () => {
    expect(
      mentionedDates('9 ноября 2020 года лидеры подписали заявление. 11 января 2021 в Москве.', 2022),
    ).toEqual([
      { year: 2020, month: 11, day: 9 },
      { year: 2021, month: 1, day: 11 },
    ]);
  });

  test('resolves «этого года», «прошлого года» and a bare day against the publication year', () => {
    expect(mentionedDates('На встрече 6 апреля этого года; 3 марта прошлого года; к 1 июня.', 2022)).toEqual([
      { year: 2022, month: 4, day: 6 },
      { year: 2021, month: 3, day: 3 },
      { year: 2022, month: 6, day: 1 },
    ]);
  });

  test('finds numeric dates and skips impossible ones and repeats', () => {
    expect(
      mentionedDates('Срок — 01.02.2023, не 31.02.2023; снова 1.2.2023 и 30 февраля 2023 года.', 2023),
    ).toEqual([{ year: 2023, month: 2, day: 1 }]);
  });

  test('does not read a number glued to a word as a day', () => {
    expect(mentionedDates('Версия 12мая и COVID19 мая 2020', 2020)).toEqual([]);
  });

  test('reads the seed article’s dates', () => {
    const text =
      '9 ноября 2020 года лидеры России подписали… 11 января 2021 года в Москве состоялась их встреча. 26 ноября 2021 года три лидера снова встретились. На встрече в Брюсселе 6 апреля этого года президент…';
    expect(mentionedDates(text, 2022)).toEqual([
      { year: 2020, month: 11, day: 9 },
      { year: 2021, month: 1, day: 11 },
      { year: 2021, month: 11, day: 26 },
      { year: 2022, month: 4, day: 6 },
    ]);
  });
});

describe('mentionedYears', () => {
  test('counts each year written as a number of its own', () => {
    expect(mentionedYears('В 2013 году; в 2012–2013 годах. (2013) Итоги 2013.')).toEqual(
      new Map([
        [2013, 4],
        [2012, 1],
      ]),
    );
  });

  test('does not read a year inside a longer number, a word or a dotted date', () => {
    expect(mentionedYears('12.05.2013, 20131 рубль, COVID2019, 1850 год, 2013.5, 3.2013')).toEqual(new Map());
  });
});

describe('articleYears', () => {
  test('weighs the publication year, each named day and each written year once', () => {
    const years = articleYears(
      { year: 2022, month: 5, day: 12 },
      [
        { year: 2021, month: 11, day: 26 },
        { year: 2021, month: 1, day: 11 },
      ],
      '26 ноября 2021 года и 11 января 2021 года; в 2014 году.',
    );
    expect(years).toEqual(
      new Map([
        [2021, 4],
        [2014, 1],
        [2022, 1],
      ]),
    );
  });
});
