import { describe, expect, test } from 'vitest';
import {
  nearestSpelling,
  replaceWords,
  textWords,
  unmatchedWords,
  wordBeginning,
} from '../../../../src/search/client/spelling.ts';

describe('unmatchedWords', () => {
  const texts = ['Совет не принял меры. По мере сил.', 'Переговоры в Брюсселе продолжились.'];

  test('a word whose stem begins no word of the results is unmatched: their matches are a shorter word’s', () => {
    // «Меркал» found «меры», «мере» by «мер»: no result has a word beginning with «меркал».
    expect(unmatchedWords(['Меркал'], texts)).toEqual(['Меркал']);
    expect(unmatchedWords(['Брюсель', 'переговоры'], texts)).toEqual(['Брюсель']);
  });

  test('a word a result has in any ending is matched; short words and numbers are not checked', () => {
    expect(unmatchedWords(['переговорах', 'Брюссель', 'меры'], texts)).toEqual([]);
    expect(unmatchedWords(['мир', '2019', 'ЕС'], [])).toEqual([]);
  });
});

describe('nearestSpelling', () => {
  const candidates = ['Меркель', 'Меркелю', 'Брюссель', 'переговоры', 'Мэй', 'Ангела Меркель'];

  test('the nearest name or word one or two edits away, ignoring case and ё', () => {
    expect(nearestSpelling('Меркал', candidates)).toBe('Меркель');
    expect(nearestSpelling('Меркэль', candidates)).toBe('Меркель');
    expect(nearestSpelling('Брюсель', candidates)).toBe('Брюссель');
    expect(nearestSpelling('переговры', candidates)).toBe('переговоры');
  });

  test('none for a word too far from every candidate; a short word allows one edit only', () => {
    expect(nearestSpelling('Макрон', candidates)).toBeUndefined();
    expect(nearestSpelling('Мэйк', ['Мэй'])).toBe('Мэй');
    expect(nearestSpelling('Мака', ['Мэй'])).toBeUndefined();
  });
});

test('replaceWords replaces whole words only', () => {
  expect(replaceWords('Меркал и Меркалов', new Map([['Меркал', 'Меркель']]))).toBe('Меркель и Меркалов');
});

test('wordBeginning keeps all but the last three letters, at least three', () => {
  expect(wordBeginning('переговры')).toBe('перего');
  expect(wordBeginning('Меркал')).toBe('мер');
  expect(wordBeginning('мира')).toBeUndefined();
});

test('textWords lists the words of texts once, as written', () => {
  expect(textWords(['Меры и меры.', 'Брюссель'])).toEqual(['Меры', 'и', 'меры', 'Брюссель']);
});
