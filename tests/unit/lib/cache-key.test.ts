import { describe, expect, it } from 'vitest';
import { cacheKey, objectKey } from '../../../src/lib/cache-key.ts';

describe('cacheKey', () => {
  it('is stable for equal data and changes with any part', () => {
    const person = { name: 'Сергей Лавров', description: 'министр' };
    expect(cacheKey('2022/05/12-a', [person])).toBe(cacheKey('2022/05/12-a', [{ ...person }]));
    expect(cacheKey('2022/05/12-a', [person])).not.toBe(
      cacheKey('2022/05/12-a', [{ ...person, description: 'посол' }]),
    );
    expect(cacheKey('2022/05/12-a', [person])).toMatch(/^[\w-]{22}$/);
  });
});

describe('objectKey', () => {
  it('is the key of the object, computed once per object', () => {
    const person = { name: 'Сергей Лавров', description: 'министр' };
    expect(objectKey(person)).toBe(cacheKey(person));
    expect(objectKey({ ...person })).toBe(objectKey(person));
    // An object is taken not to change during a build: its first key stays.
    person.description = 'посол';
    expect(objectKey(person)).not.toBe(cacheKey(person));
  });
});
