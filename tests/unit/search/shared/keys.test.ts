import { describe, expect, test } from 'vitest';
import { dayKey, monthKey, nameKey, searchKey, yearKey } from '../../../../src/search/shared/keys.ts';

describe('search keys', () => {
  test('are Latin letters of one length, so the Russian stemmer and prefix matching leave them exact', () => {
    for (const key of [
      nameKey('Лаврова'),
      dayKey(2022, 5, 12),
      monthKey(2022, 5),
      yearKey(2022),
      searchKey(''),
    ]) {
      expect(key).toMatch(/^zz[a-z]{11}$/);
    }
  });

  test('are the same for the same name whatever the letter case, ё or punctuation', () => {
    expect(nameKey('Сергея Лаврова')).toBe(nameKey('сергея  лаврова'));
    expect(nameKey('Андрей Ёлкин')).toBe(nameKey('андрей елкин'));
  });

  test('differ between forms, namesakes, days, months and years', () => {
    const keys = [
      nameKey('Лавров'),
      nameKey('Лаврова'),
      nameKey('Лаврентьев'),
      nameKey('Алиев'),
      nameKey('Алиева'),
      dayKey(2022, 5, 12),
      dayKey(2022, 5, 2),
      monthKey(2022, 5),
      monthKey(2022, 12),
      yearKey(2022),
      yearKey(2021),
    ];
    expect(new Set(keys).size).toBe(keys.length);
  });
});
