import { describe, expect, test } from 'vitest';
import { personNominative, placeNominative } from '../../../src/lib/names/nominative.ts';
import { isCommonWord } from '../../../src/lib/names/morphology.ts';
import { notANameReason } from '../../../src/lib/names/not-a-name.ts';
import { personLatinName, transliterationKey } from '../../../src/lib/names/latin-name.ts';
import { NearIndex, editDistance, isNearSpelling } from '../../../src/lib/names/spelling-distance.ts';
import { shippedGazetteer } from '../../../src/lib/names/gazetteer.ts';
import { NameCatalogue } from '../../../src/lib/names/name-catalogue.ts';
import { findMentions } from '../../../src/lib/names/mentions.ts';

describe('nominative of a name given in another case', () => {
  test.each([
    ['Марии Захаровой', 'Мария Захарова'],
    ['Дмитрия Пескова', 'Дмитрий Песков'],
    ['Терезы Мэй', 'Тереза Мэй'],
    ['Ричарда Гренелла', 'Ричард Гренелл'],
    ['Эльвиры Набиуллиной', 'Эльвира Набиуллина'],
    ['Мария Захарова', 'Мария Захарова'],
    ['Асия Биби', 'Асия Биби'],
    ['Michael O’Leary', 'Michael O’Leary'],
  ])('%s → %s', (given, nominative) => {
    expect(personNominative(given)).toBe(nominative);
  });

  test.each([
    ['Британии', 'Британия'],
    ['Нагорном Карабахе', 'Нагорный Карабах'],
    ['Германией', 'Германия'],
    ['США', 'США'],
  ])('%s → %s', (given, nominative) => {
    expect(placeNominative(given)).toBe(nominative);
  });
});

test('common words as written, not names that decline like them', () => {
  for (const word of ['Мир', 'Вера', 'Роман', 'Пророк']) expect(isCommonWord(word)).toBe(true);
  for (const word of ['Песков', 'Лавров', 'Москва', 'Сочи']) expect(isCommonWord(word)).toBe(false);
});

test('tags that are not names, and names that are', () => {
  expect(notANameReason('Её Величество', 'people')).toMatch(/title/);
  expect(notANameReason('Пророк', 'people')).toMatch(/common word/);
  expect(notANameReason('министр', 'people')).toMatch(/lowercase/);
  expect(notANameReason('лондонское Сити', 'places')).toMatch(/lowercase/);
  expect(notANameReason('!!!', 'people')).toBe('has no letters');
  expect(notANameReason('Х.', 'people')).toBe('is a single letter');
  for (const name of ['Вера Полозкова', 'Роман', 'де Голль', 'Michael O’Leary', 'Кремль'])
    expect(notANameReason(name, name === 'Кремль' ? 'places' : 'people')).toBeUndefined();
});

test('Latin names: given, transliterated when Russian, else unknown', () => {
  expect(personLatinName('Мария Захарова')).toBe('Mariya Zakharova');
  expect(personLatinName('Тереза Мэй')).toBeUndefined();
  expect(personLatinName('Тереза Мэй', 'Theresa May')).toBe('Theresa May');
  expect(transliterationKey('SShA')).toBe(transliterationKey('США'));
});

test('near spellings: one letter in a long name', () => {
  expect(isNearSpelling('лавроф', 'лавров')).toBe(true);
  expect(isNearSpelling('греннелл', 'гренелл')).toBe(true);
  expect(isNearSpelling('азия биби', 'асия биби')).toBe(true);
  expect(isNearSpelling('иванов', 'иванова')).toBe(false);
  expect(isNearSpelling('мэй', 'май')).toBe(false);
  expect(editDistance('скрипали', 'скрипаль')).toBe(1);
  const index = new NearIndex<string>();
  index.add('ричард гренелл', 'richard-grenell');
  expect(index.near('ричард греннелл')).toEqual([{ key: 'ричард гренелл', value: 'richard-grenell' }]);
  expect(index.near('ричард гренелл')).toEqual([]);
});

test('the gazetteer finds a place by any name, case, synonym, English name or transliteration', () => {
  const gazetteer = shippedGazetteer();
  const cases: [string, string][] = [
    ['Британии', 'velikobritaniya'],
    ['Соединенном Королевстве', 'velikobritaniya'],
    ['Соединённых Штатах', 'ssha'],
    ['Америке', 'ssha'],
    ['SShA', 'ssha'],
    ['Голландии', 'niderlandy'],
    ['Республика Ирландия', 'irlandiya'],
    ['Germany', 'germaniya'],
    ['Республики Татарстан', 'respublika-tatarstan'],
    ['Санкт-Петербурге', 'sankt-peterburg'],
  ];
  for (const [text, id] of cases) expect(gazetteer.find(text)?.id).toBe(id);
  expect(gazetteer.byId('london')).toMatchObject({
    name: 'Лондон',
    nameLatin: 'London',
    kind: 'city',
    within: 'velikobritaniya',
  });
  expect(gazetteer.places.filter((place) => place.kind === 'country').length).toBeGreaterThan(240);
});

test('mentions: whole names in any case and unique surnames; a common word at a sentence start is not one', () => {
  const catalogue = new NameCatalogue(
    [{ id: 'sergey-lavrov', name: 'Сергей Лавров', nameLatin: 'Sergey Lavrov' }],
    [
      { id: 'mir', name: 'Мир', kind: 'city' },
      { id: 'velikobritaniya', name: 'Великобритания', nameLatin: 'United Kingdom', kind: 'country' },
    ],
  );
  expect(
    findMentions(catalogue, [
      'Мир меняется. Лавров приехал в Великобританию.',
      'Выставка в белорусском Мире.',
    ]),
  ).toEqual([
    { kind: 'people', id: 'sergey-lavrov', text: 'Лавров' },
    { kind: 'places', id: 'velikobritaniya', text: 'Великобританию' },
    { kind: 'places', id: 'mir', text: 'Мире' },
  ]);
  expect(findMentions(catalogue, ['Мир меняется.'])).toEqual([]);
});
