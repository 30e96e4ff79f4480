import { describe, expect, it } from 'vitest';
import { firstSentence } from '../../../src/lib/browse/first-sentence.ts';

describe('firstSentence', () => {
  it('takes the first sentence of a paragraph', () => {
    expect(firstSentence('Маас считает, что газопровод запустят. Об этом он сказал газете.')).toBe(
      'Маас считает, что газопровод запустят.',
    );
  });

  it('does not stop at an abbreviation followed by a lowercase word, nor inside quotes', () => {
    expect(firstSentence('Газопровод запустят до конца 2021 г. несмотря на возражения США. Второе.')).toBe(
      'Газопровод запустят до конца 2021 г. несмотря на возражения США.',
    );
    expect(firstSentence('«Решения нет. И не будет», — сказал Маас. Далее.')).toBe(
      '«Решения нет. И не будет», — сказал Маас.',
    );
  });

  it('returns a single sentence or an empty text as it is', () => {
    expect(firstSentence('  Одно предложение без точки ')).toBe('Одно предложение без точки');
    expect(firstSentence('')).toBe('');
  });
});
