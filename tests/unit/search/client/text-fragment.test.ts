import { describe, expect, test } from 'vitest';
import { markedWords, queryPhrases, withTextFragment } from '../../../../src/search/client/text-fragment.ts';
import type { UnderstoodQuery } from '../../../../src/search/client/query.ts';

describe('text fragments for opened results', () => {
  test('takes the highlighted words of an excerpt', () => {
    expect(
      markedWords(
        'встрече <mark>Байрамова</mark> и <mark>Лаврова,</mark> а <mark>Лаврова</mark> &amp; <mark>и</mark>',
      ),
    ).toEqual(['Байрамова', 'Лаврова']);
  });

  test('adds a text directive per word, encoding what directives reserve', () => {
    expect(withTextFragment('/2022/05/12/a/', ['Лаврова'])).toBe(
      '/2022/05/12/a/#:~:text=%D0%9B%D0%B0%D0%B2%D1%80%D0%BE%D0%B2%D0%B0',
    );
    expect(withTextFragment('/a/#top', ['премьер-министр', 'a,b', 'x&y'])).toBe(
      '/a/#:~:text=%D0%BF%D1%80%D0%B5%D0%BC%D1%8C%D0%B5%D1%80%2D%D0%BC%D0%B8%D0%BD%D0%B8%D1%81%D1%82%D1%80&text=a%2Cb&text=x%26y',
    );
  });

  test('leaves the URL alone without words, and caps the directives at three', () => {
    expect(withTextFragment('/a/', [])).toBe('/a/');
    expect(withTextFragment('/a/', ['a1', 'b2', 'c3', 'd4']).match(/text=/g)).toHaveLength(3);
  });
});

describe('queryPhrases', () => {
  test('a named day as articles write it, and the names of the people and places named', () => {
    const understood: UnderstoodQuery = {
      terms: '',
      freeWords: [],
      keys: [],
      filters: {},
      dates: [
        { kind: 'day', text: '26.11.2021', date: { year: 2021, month: 11, day: 26 } },
        { kind: 'year', text: '2021', year: 2021 },
      ],
      entities: [
        { kind: 'people', id: 'sergey-lavrov', text: 'Lavrov', form: { case: 'nominative', text: 'Lavrov' } },
      ],
      names: [
        {
          text: 'Lavrov',
          matches: [{ kind: 'people', id: 'sergey-lavrov', form: { case: 'nominative', text: 'Lavrov' } }],
        },
      ],
    };
    expect(
      queryPhrases(understood, (kind, id) =>
        kind === 'people' && id === 'sergey-lavrov' ? 'Сергей Лавров' : undefined,
      ),
    ).toEqual(['26 ноября 2021', 'Сергей Лавров']);
  });
});
