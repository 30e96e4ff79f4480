import { describe, expect, test } from 'vitest';
import {
  ALPHABET,
  indexName,
  isPersonalName,
  letterGroups,
  letterOf,
  russianCollator,
  surnameFirst,
} from '../../../src/lib/browse/collation.ts';

describe('russianCollator', () => {
  test('sorts Ё together with Е, not after Я', () => {
    const names = ['Ершова', 'Яковлев', 'Ёлкин', 'Егоров', 'Абрамов'];
    expect(names.toSorted(russianCollator.compare)).toEqual([
      'Абрамов',
      'Егоров',
      'Ёлкин',
      'Ершова',
      'Яковлев',
    ]);
  });
});

describe('letterOf', () => {
  test('files a name under its first letter, Ё under Е, other scripts under #', () => {
    expect(letterOf('Лавров Сергей')).toBe('Л');
    expect(letterOf('ёлкин')).toBe('Е');
    expect(letterOf('RT')).toBe('#');
    expect(letterOf('1TV')).toBe('#');
  });
});

describe('surnameFirst', () => {
  test('puts the surname first', () => {
    expect(surnameFirst('Сергей Лавров')).toBe('Лавров Сергей');
    expect(surnameFirst('Сергей Викторович Лавров')).toBe('Лавров Сергей Викторович');
    expect(surnameFirst('  Мадонна ')).toBe('Мадонна');
  });
});

describe('letterGroups', () => {
  const names = ['Ершова', 'Лавров', 'Ёлкин', 'Егоров', 'Абрамов', 'Лаврентьев'];
  const groups = letterGroups(names, (name) => name);

  test('has every letter of the alphabet, in order, even empty ones', () => {
    expect(groups.map((group) => group.letter)).toEqual(ALPHABET);
    expect(ALPHABET).toHaveLength(32);
    expect(ALPHABET).not.toContain('Ё');
  });

  test('sorts entries within a letter the Russian way', () => {
    expect(groups.find((group) => group.letter === 'Е')?.items).toEqual(['Егоров', 'Ёлкин', 'Ершова']);
    expect(groups.find((group) => group.letter === 'Л')?.items).toEqual(['Лаврентьев', 'Лавров']);
    expect(groups.find((group) => group.letter === 'Ж')?.items).toEqual([]);
  });

  test('gives each letter a stable ASCII anchor', () => {
    expect(groups[0]?.anchor).toBe('letter-01');
    expect(groups.every((group) => /^letter-\d\d$/.test(group.anchor))).toBe(true);
  });

  test('adds a last group # only when a name needs it', () => {
    const withLatin = letterGroups(['RT', 'ТАСС'], (name) => name);
    expect(withLatin.at(-1)).toMatchObject({ letter: '#', items: ['RT'] });
  });
});

describe('indexName', () => {
  test('puts the surname first only in personal names', () => {
    expect(indexName('Сергей Лавров')).toBe('Лавров Сергей');
    expect(indexName('Шарль Мишель')).toBe('Мишель Шарль');
    expect(indexName('Сергей Викторович Лавров')).toBe('Лавров Сергей Викторович');
  });

  test('files titles, regnal names and single names as written', () => {
    for (const name of [
      'Её Величество Елизавета II',
      'Бенедикт XVI',
      'Мадонна',
      'Папа Франциск',
      'Патриарх Кирилл',
    ])
      expect([name, isPersonalName(name), indexName(name)]).toEqual([name, false, name]);
  });

  test('sorts an index with both kinds the Russian way', () => {
    const names = ['Бенедикт XVI', 'Сергей Лавров', 'Её Величество Елизавета II', 'Хайко Маас'].map(
      indexName,
    );
    expect(names.sort(russianCollator.compare)).toEqual([
      'Бенедикт XVI',
      'Её Величество Елизавета II',
      'Лавров Сергей',
      'Маас Хайко',
    ]);
  });
});
