import { describe, expect, test } from 'vitest';
import { EntityRegistry, homePage, withoutPreposition } from '../../../src/lib/editorial/entities.ts';

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
  test('match existing entries by any case, spelling or id, silently', () => {
    const entities = registry();
    for (const name of [
      'Сергея Лаврова',
      'Сергею Лаврову',
      'Sergei Lavrov',
      'sergey-lavrov',
      'Sergey Lavrov',
    ]) {
      expect(entities.person(name)).toEqual({ id: 'sergey-lavrov', created: false, how: 'exact' });
    }
    expect(entities.person('Ильхамом Алиевым')).toEqual({ id: 'ilkham-aliev', created: false, how: 'exact' });
    expect(entities.place('Москве')).toEqual({ id: 'moskva', created: false, how: 'exact' });
    expect(entities.place('в Душанбе')).toEqual({ id: 'dushanbe', created: false, how: 'exact' });
    expect(entities.created).toEqual({ people: [], places: [], sources: [] });
    expect(entities.review).toEqual([]);
  });

  test('a new person is stored in the nominative, with a Latin name only when it is sure', () => {
    const entities = registry();
    expect(entities.person('Марии Захаровой')).toEqual({ id: 'mariya-zakharova', created: true, how: 'new' });
    expect(entities.person('Мария Захарова')).toEqual({
      id: 'mariya-zakharova',
      created: false,
      how: 'exact',
    });
    expect(entities.person({ name: 'Тереза Мэй', latin: 'Theresa May' })).toMatchObject({ id: 'tereza-mey' });
    expect(entities.person('Theresa May')).toMatchObject({ id: 'tereza-mey', created: false });
    expect(entities.person('Борис Джонсон')).toMatchObject({ id: 'boris-dzhonson', created: true });
    expect(entities.created.people).toEqual([
      { id: 'mariya-zakharova', name: 'Мария Захарова', nameLatin: 'Mariya Zakharova' },
      { id: 'tereza-mey', name: 'Тереза Мэй', nameLatin: 'Theresa May' },
      { id: 'boris-dzhonson', name: 'Борис Джонсон' },
    ]);
    expect(entities.review).toEqual([
      { kind: 'people', given: 'Борис Джонсон', id: 'boris-dzhonson', note: { type: 'no-latin' } },
    ]);
  });

  test('a surname alone and a name one letter off merge when one entry fits, listed for a check', () => {
    const entities = registry();
    expect(entities.person('Сергей Лавроф')).toEqual({ id: 'sergey-lavrov', created: false, how: 'near' });
    expect(entities.person('Алиевым')).toEqual({ id: 'ilkham-aliev', created: false, how: 'surname' });
    expect(entities.review.map((note) => [note.given, note.id, note.note.type])).toEqual([
      ['Сергей Лавроф', 'sergey-lavrov', 'merged'],
      ['Алиевым', 'ilkham-aliev', 'merged'],
    ]);
    entities.person('Ричард Гренелл');
    expect(entities.person('Греннелл')).toEqual({ id: 'richard-grenell', created: false, how: 'near' });
    expect(entities.person('Гренелла')).toEqual({ id: 'richard-grenell', created: false, how: 'surname' });
  });

  test('a name that could be two entries gets its own, listed as a possible duplicate', () => {
    const entities = registry();
    entities.person('Ильхам Алиев');
    entities.person('Гейдар Алиев');
    expect(entities.person('Алиева')).toMatchObject({ created: true });
    expect(entities.review.at(-1)).toMatchObject({ note: { type: 'possible-duplicate' } });
  });

  test('tags that are no names are refused', () => {
    const entities = registry();
    for (const name of ['Её Величество', 'Пророк', 'министр', '!!!', 'А']) {
      expect(entities.person(name)).toHaveProperty('refused');
    }
    expect(entities.place('лондонское Сити')).toHaveProperty('refused');
    expect(entities.created.people).toEqual([]);
  });

  test('a place the gazetteer knows gets its kind, container, English name and a readable id', () => {
    const entities = registry();
    expect(entities.place('SShA')).toEqual({ id: 'ssha', created: true, how: 'new' });
    expect(entities.place('Соединенных Штатах')).toEqual({ id: 'ssha', created: false, how: 'exact' });
    expect(entities.place('Америке')).toEqual({ id: 'ssha', created: false, how: 'exact' });
    expect(entities.place('Британии')).toMatchObject({ id: 'velikobritaniya', created: true });
    expect(entities.place('в Лондоне')).toMatchObject({ id: 'london', created: true });
    expect(entities.created.places.find((place) => place.id === 'london')).toEqual({
      id: 'london',
      name: 'Лондон',
      nameLatin: 'London',
      kind: 'city',
      within: 'velikobritaniya',
    });
    expect(entities.place('в Санкт-Петербург')).toMatchObject({ id: 'sankt-peterburg', created: true });
  });

  test('a place nobody knows keeps its name, with its kind and Latin name left for review', () => {
    const entities = registry();
    expect(entities.place('Ессентуки')).toEqual({ id: 'essentuki', created: true, how: 'new' });
    expect(entities.created.places).toEqual([{ id: 'essentuki', name: 'Ессентуки', kind: 'other' }]);
    expect(entities.review.map((note) => note.note.type)).toEqual(['no-latin', 'no-kind']);
  });

  test('a new id is unique, and «США» is `ssha`', () => {
    const entities = registry();
    expect(entities.person('Sergey Lavrov Jr')).toMatchObject({ id: 'sergey-lavrov-jr', created: true });
    const clash = new EntityRegistry(
      [{ id: 'ivan-petrov', name: 'Иван Петров-Старший', nameLatin: 'x', description: 'x' }],
      [],
      [],
    );
    expect(clash.person('Иван Петров')).toMatchObject({ id: 'ivan-petrov-2', created: true });
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
  expect(homePage('https://ria.ru/20220514/x.html')).toBe('https://ria.ru/');
  expect(homePage('ftp://ria.ru/')).toBeUndefined();
  expect(withoutPreposition('во Франции')).toBe('Франции');
  expect(withoutPreposition('о')).toBe('о');
});
