import { describe, expect, test } from 'vitest';
import { nameSounds } from '../../../../src/search/build/name-sounds.ts';
import { gazetteerEnglishNames } from '../../../../src/lib/names/gazetteer.ts';
import { NameIndex } from '../../../../src/lib/names/name-index.ts';
import type { Person } from '../../../../src/schemas/person.ts';
import type { Place } from '../../../../src/schemas/place.ts';

const people = new Map<string, Person>([
  ['tereza-mey', { id: 'tereza-mey', name: 'Тереза Мэй', gender: 'female' }],
  ['mayk-pompeo', { id: 'mayk-pompeo', name: 'Майк Помпео', nameLatin: 'Mike Pompeo', gender: 'male' }],
]);
const places = new Map<string, Place>([
  ['germaniya', { id: 'germaniya', name: 'Германия', kind: 'country' }],
  ['ryanair', { id: 'ryanair', name: 'Ryanair', kind: 'organization' }],
  ['kazan', { id: 'kazan', name: 'Казань', nameLatin: 'Kazan', kind: 'city', gender: 'feminine' }],
]);
const sounds = nameSounds(people, places);
const found = (text: string) => sounds.lookup(text).map(({ kind, id, form }) => `${kind}/${id} ${form.text}`);

describe('nameSounds', () => {
  test('a person without a Latin name is found by the Latin spelling of their name', () => {
    expect(found('Theresa May')).toEqual(['people/tereza-mey Тереза Мэй']);
    expect(found('Pompeo')).toEqual(['people/mayk-pompeo Помпео']);
  });

  test('a place by the English names the gazetteer gives it', () => {
    expect(gazetteerEnglishNames('Германия')).toContain('Germany');
    expect(gazetteerEnglishNames('Великобритания')).toEqual(expect.arrayContaining(['United Kingdom', 'UK']));
    expect(found('Germany')).toEqual(['places/germaniya Германия']);
    expect(found('Federal Republic of Germany')).toEqual(['places/germaniya Германия']);
  });

  test('a name written in Latin by its Cyrillic spelling, and no other', () => {
    expect(found('Райанэйр')).toEqual(['places/ryanair Ryanair']);
    expect(found('казнь')).toEqual([]);
  });

  test('each form it points at is one the name table holds', () => {
    const table = new NameIndex(people, places);
    for (const [, , form] of sounds.toJSON()) expect(table.lookup(form), form).not.toEqual([]);
  });
});

test('the name table marks a first name alone, and keeps the mark through its JSON', () => {
  const table = new NameIndex(people, places);
  expect(table.lookup('Майка').map((match) => match.firstName)).toEqual([true]);
  expect(table.lookup('Помпео').map((match) => match.firstName)).toEqual([undefined]);
  const copy = new NameIndex([], []).load(table.toJSON());
  expect(copy.lookup('Майка')).toEqual(table.lookup('Майка'));
});
