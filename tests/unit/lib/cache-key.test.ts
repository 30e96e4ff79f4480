import { describe, expect, it } from 'vitest';
import { cacheKey } from '../../../src/lib/cache-key.ts';

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
