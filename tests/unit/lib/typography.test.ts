import { describe, expect, test } from 'vitest';
import { typeset, typesetRun } from '../../../src/lib/typography.ts';
import { typesetElement } from '../../../src/lib/markdown/typeset-hast.ts';
import type { Element } from 'hast';

const NBSP = '\u00a0';

describe('typeset', () => {
  test('sets «ёлочки» and an em dash for a spaced hyphen', () => {
    expect(typeset('"Министры обсудили вопросы", - говорится в сообщении.')).toBe(
      `«Министры обсудили вопросы»,${NBSP}— говорится в${NBSP}сообщении.`,
    );
  });

  test('nests quotes the Russian way', () => {
    expect(typeset('Он сказал: "Это "Газпром"".')).toContain('«Это „Газпром“»');
  });

  test('keeps hyphenated words and wording intact', () => {
    const text = 'пресс-служба азербайджано-армянской границы, (c) 1/2';
    expect(typeset(text).replaceAll(NBSP, ' ')).toBe(text);
  });
});

describe('typesetRun', () => {
  test('typesets pieces split by inline markup as one text', () => {
    expect(typesetRun(['Он сказал "привет ', 'мир', '" - и ушел.'])).toEqual([
      `Он${NBSP}сказал «привет `,
      'мир',
      `»${NBSP}— и${NBSP}ушел.`,
    ]);
  });
});

describe('typesetElement', () => {
  test('typesets text but not code, and leaves the input untouched', () => {
    const paragraph: Element = {
      type: 'element',
      tagName: 'p',
      properties: {},
      children: [
        { type: 'text', value: '"Код ' },
        { type: 'element', tagName: 'code', properties: {}, children: [{ type: 'text', value: 'a - "b"' }] },
        { type: 'text', value: '" - пример' },
      ],
    };
    const result = typesetElement(paragraph);
    expect(result.children).toEqual([
      { type: 'text', value: '«Код ' },
      { type: 'element', tagName: 'code', properties: {}, children: [{ type: 'text', value: 'a - "b"' }] },
      { type: 'text', value: `»${NBSP}— пример` },
    ]);
    expect(paragraph.children[0]).toEqual({ type: 'text', value: '"Код ' });
  });
});
