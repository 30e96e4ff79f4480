import { describe, expect, it } from 'vitest';
import { worthSearchingWhileTyping } from '../../../../src/search/client/typing.ts';

describe('worthSearchingWhileTyping', () => {
  it('waits while the last word is a single letter or digit', () => {
    expect(worthSearchingWhileTyping('В')).toBe(false);
    expect(worthSearchingWhileTyping('Владимир П')).toBe(false);
    expect(worthSearchingWhileTyping('4 я ')).toBe(false);
    expect(worthSearchingWhileTyping('4')).toBe(false);
  });

  it('waits while the last word is a number of up to three digits (a year being typed)', () => {
    expect(worthSearchingWhileTyping('20')).toBe(false);
    expect(worthSearchingWhileTyping('июль 201')).toBe(false);
    expect(worthSearchingWhileTyping('12')).toBe(false);
    expect(worthSearchingWhileTyping('июль 2013')).toBe(true);
    expect(worthSearchingWhileTyping('12 ма')).toBe(true);
    expect(worthSearchingWhileTyping('Солнпольск-561')).toBe(true);
  });

  it('searches from the second character of the last word, and for an emptied box', () => {
    expect(worthSearchingWhileTyping('Вл')).toBe(true);
    expect(worthSearchingWhileTyping('Владимир По')).toBe(true);
    expect(worthSearchingWhileTyping('4 января')).toBe(true);
    expect(worthSearchingWhileTyping('')).toBe(true);
    expect(worthSearchingWhileTyping('   ')).toBe(true);
  });
});
