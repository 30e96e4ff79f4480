import { describe, expect, test } from 'vitest';
import {
  EntityRegistry,
  homePage,
  latinName,
  withoutPreposition,
} from '../../../src/lib/editorial/entities.ts';

const registry = () =>
  new EntityRegistry(
    [
      {
        id: 'sergey-lavrov',
        name: 'Сергей Лавров',
        nameLatin: 'Sergey Lavrov',
        description: 'министр',
        aliases: ['Sergei Lavrov'],
      },
      { id: 'ilkham-aliev', name: 'Ильхам Алиев', nameLatin: 'Ilham Aliyev', description: 'президент' },
    ],
    [
      { id: 'moskva', name: 'Москва', nameLatin: 'Moscow', kind: 'city' },
      { id: 'dushanbe', name: 'Душанбе', nameLatin: 'Dushanbe', kind: 'city' },
    ],
    [{ id: 'tass', name: 'ТАСС', url: 'https://tass.ru/' }],
  );

describe('people and places', () => {
  test('match existing entries by any case, spelling or id', () => {
    const entities = registry();
    for (const name of ['Лаврова', 'Сергею Лаврову', 'Sergei Lavrov', 'sergey-lavrov']) {
      expect(entities.person(name)).toEqual({ id: 'sergey-lavrov', created: false });
    }
    expect(entities.person('Алиевым')).toEqual({ id: 'ilkham-aliev', created: false });
    expect(entities.place('Москве')).toEqual({ id: 'moskva', created: false });
    expect(entities.place('в Душанбе')).toEqual({ id: 'dushanbe', created: false });
    expect(entities.created).toEqual({ people: [], places: [], sources: [] });
  });

  test('create a new entry with a frozen id and a Latin name, then match it in other cases', () => {
    const entities = registry();
    expect(entities.person('Мария Захарова')).toEqual({ id: 'mariya-zakharova', created: true });
    expect(entities.person('Марии Захаровой')).toEqual({ id: 'mariya-zakharova', created: false });
    expect(entities.created.people).toEqual([
      {
        id: 'mariya-zakharova',
        name: 'Мария Захарова',
        nameLatin: 'Mariya Zakharova',
        description: 'описание не заполнено',
      },
    ]);
    expect(entities.place('в Санкт-Петербург')).toEqual({ id: 'sankt-peterburg', created: true });
    expect(entities.place('Санкт-Петербурге')).toEqual({ id: 'sankt-peterburg', created: false });
    expect(entities.created.places[0]).toMatchObject({
      name: 'Санкт-Петербург',
      nameLatin: 'Sankt-Peterburg',
      kind: 'other',
    });
  });

  test('a new id is unique', () => {
    const entities = registry();
    expect(entities.person('Sergey Lavrov Jr')).toMatchObject({ id: 'sergey-lavrov-jr', created: true });
    expect(entities.place('Москва Сити')).toMatchObject({ id: 'moskva-siti' });
    const clash = new EntityRegistry(
      [{ id: 'ivan-petrov', name: 'Иван Петров-Старший', nameLatin: 'x', description: 'x' }],
      [],
      [],
    );
    expect(clash.person('Иван Петров')).toEqual({ id: 'ivan-petrov-2', created: true });
  });
});

describe('sources', () => {
  test('match by name, id or the host of the article URL', () => {
    const entities = registry();
    expect(entities.source('тасс')).toEqual({ id: 'tass', created: false });
    expect(entities.source('tass')).toEqual({ id: 'tass', created: false });
    expect(entities.source('TASS', 'https://www.tass.ru/politika/1')).toEqual({ id: 'tass', created: false });
  });

  test('a new source takes its home page from the article URL; without one it cannot be made', () => {
    const entities = registry();
    expect(entities.source('Интерфакс')).toBeUndefined();
    expect(entities.source('Интерфакс', 'https://www.interfax.ru/russia/1')).toEqual({
      id: 'interfaks',
      created: true,
    });
    expect(entities.created.sources).toEqual([
      { id: 'interfaks', name: 'Интерфакс', url: 'https://www.interfax.ru/' },
    ]);
  });
});

test('helpers', () => {
  expect(latinName('Джейхун Байрамов')).toBe('Dzheykhun Bayramov');
  expect(homePage('https://ria.ru/20220514/x.html')).toBe('https://ria.ru/');
  expect(homePage('ftp://ria.ru/')).toBeUndefined();
  expect(withoutPreposition('во Франции')).toBe('Франции');
  expect(withoutPreposition('о')).toBe('о');
});
