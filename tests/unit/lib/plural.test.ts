import { expect, test } from 'vitest';
import { pluralForm, pluralize } from '../../../src/lib/plural.ts';
import { nouns } from '../../../src/i18n/ru.ts';

test.each([
  [1, 'материал'],
  [2, 'материала'],
  [4, 'материала'],
  [5, 'материалов'],
  [11, 'материалов'],
  [12, 'материалов'],
  [21, 'материал'],
  [22, 'материала'],
  [25, 'материалов'],
  [101, 'материал'],
  [111, 'материалов'],
  [0, 'материалов'],
])('%i %s', (count, form) => {
  expect(pluralForm(count, nouns.article)).toBe(form);
});

test('pluralize joins the number and noun with a no-break space and groups thousands', () => {
  expect(pluralize(5, nouns.article)).toBe('5\u00a0материалов');
  expect(pluralize(1, nouns.article)).toBe('1\u00a0материал');
  expect(pluralize(12345, nouns.article)).toBe('12\u00a0345\u00a0материалов');
});
