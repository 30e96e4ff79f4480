import { expect, test } from 'vitest';
import { taggedCountStatus } from '../../../../src/search/client/tagged-count.ts';

test('the count of a name’s articles says how many are tagged and how many only mention it', () => {
  expect(taggedCountStatus(9, 1)).toBe('Найдено 9\u00a0материалов: 1 с меткой, 8\u00a0упоминают в тексте');
  expect(taggedCountStatus(22, 1)).toBe('Найдено 22\u00a0материала: 1 с меткой, 21\u00a0упоминает в тексте');
  expect(taggedCountStatus(1, 0)).toBe('Найден 1\u00a0материал: упоминает в тексте, без метки');
  expect(taggedCountStatus(5, 0)).toBe('Найдено 5\u00a0материалов: упоминают в тексте, без метки');
  expect(taggedCountStatus(3, 3)).toBe('Найдено 3\u00a0материала');
  expect(taggedCountStatus(0, 0)).toBe('Ничего не найдено.');
});
