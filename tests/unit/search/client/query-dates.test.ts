import { describe, expect, test } from 'vitest';
import { dateFilters, splitDates } from '../../../../src/search/client/query-dates.ts';
import { dayKey, monthKey, yearDayKey, yearKey } from '../../../../src/search/shared/keys.ts';

/** The keys of the dates cut out of `query`, in the query's order. */
const keysOf = (query: string) =>
  splitDates(query).pieces.flatMap((piece) => ('key' in piece && piece.key ? [piece.key] : []));

describe('splitDates', () => {
  test('every spelling of one day is the same day, cut out as its key alone', () => {
    for (const query of [
      '12 мая 2022',
      '12 Мая 2022',
      '12\u00a0мая 2022',
      '12.05.2022',
      '12.5.2022',
      '2022-05-12',
      '2022-5-12',
      '12/05/2022',
    ]) {
      const { pieces, dates } = splitDates(query);
      expect(dates, query).toEqual([{ kind: 'day', text: query, date: { year: 2022, month: 5, day: 12 } }]);
      expect(pieces, query).toEqual([{ text: '' }, { words: '', key: dayKey(2022, 5, 12) }, { text: '' }]);
    }
    expect(keysOf('02.05.2022')).toEqual([dayKey(2022, 5, 2)]);
  });

  test('a month in any case of its name or in digits', () => {
    for (const query of ['май 2022', 'мае 2022', 'мая 2022', 'Май 2022', '05.2022', '2022-05'])
      expect(splitDates(query).dates, query).toMatchObject([
        { kind: 'month', date: { year: 2022, month: 5 } },
      ]);
  });

  test('a year alone, but not digits inside a word or a number', () => {
    expect(splitDates('саммит 2022 года').dates).toEqual([{ kind: 'year', text: '2022', year: 2022 }]);
    expect(keysOf('саммит 2022 года')).toEqual([yearKey(2022)]);
    expect(splitDates('Ту-2022 и 120221 и 1812').dates).toEqual([]);
  });

  test('a day without a year is that day of every year; 29 February is one, 30 February none', () => {
    expect(splitDates('9 июля').dates).toEqual([{ kind: 'yearDay', text: '9 июля', month: 7, day: 9 }]);
    expect(keysOf('9 июля')).toEqual([yearDayKey(7, 9)]);
    // With a year it is the one day.
    expect(splitDates('9 июля 2018').dates).toEqual([
      { kind: 'day', text: '9 июля 2018', date: { year: 2018, month: 7, day: 9 } },
    ]);
    expect(splitDates('29 февраля').dates).toHaveLength(1);
    expect(splitDates('30 февраля').dates).toEqual([]);
  });

  test('impossible days are not dates, and are left in the text', () => {
    expect(splitDates('31.02.2022').dates.filter((date) => date.kind === 'day')).toEqual([]);
    expect(splitDates('30 февраля 2022').dates.filter((date) => date.kind === 'day')).toEqual([]);
    expect(splitDates('13.13.2022').pieces).toEqual([{ text: '13.13.2022' }]);
  });

  test('leaves the words around the dates as free text pieces', () => {
    const { pieces, dates } = splitDates('Лавров в Душанбе 12 мая 2022, затем в июне 2022');
    expect(dates.map((date) => date.kind)).toEqual(['day', 'month']);
    expect(pieces).toEqual([
      { text: 'Лавров в Душанбе ' },
      { words: '', key: dayKey(2022, 5, 12) },
      { text: ', затем в ' },
      { words: '', key: monthKey(2022, 6) },
      { text: '' },
    ]);
  });
});

describe('dateFilters', () => {
  test('the first date suggests its year and month; a day of every year suggests none', () => {
    expect(dateFilters(splitDates('12 мая 2022').dates)).toEqual({ year: '2022', month: '2022-05' });
    expect(dateFilters(splitDates('в мае 2021 и 2022').dates)).toEqual({ year: '2021', month: '2021-05' });
    expect(dateFilters(splitDates('2019 год').dates)).toEqual({ year: '2019' });
    expect(dateFilters(splitDates('9 июля').dates)).toEqual({});
    expect(dateFilters([])).toEqual({});
  });
});
