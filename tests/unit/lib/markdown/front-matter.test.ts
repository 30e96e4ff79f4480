import { describe, expect, test } from 'vitest';
import { hasText, splitFrontmatter } from '../../../../src/lib/markdown/front-matter.ts';
import { parseMarkdown, plainText } from '../../../../src/lib/markdown/parse.ts';

describe('splitFrontmatter', () => {
  const cases = [
    '---\ntitle: Пример\n---\nТекст.\n',
    '---\r\ntitle: Пример\r\n---\r\nТекст.\r\n',
    '---\n---\nТекст.\n',
    '---\ntitle: a\n---',
    'Без фронтматтера.\n\n---\n\nЕщё.\n',
    '--- \ntitle: a\n--- \nТекст\n',
    '\n---\ntitle: a\n---\nТекст\n',
  ];

  test.each(cases)('agrees with remark-frontmatter on %j', (source) => {
    const split = splitFrontmatter(source);
    const parsed = parseMarkdown(source);
    expect(split.frontmatter ?? null).toBe(parsed.frontmatter ?? null);
    expect(plainText(parseMarkdown(split.body).body)).toBe(plainText(parsed.body));
  });

  test('keeps the body after the closing fence untouched', () => {
    expect(splitFrontmatter('---\na: 1\n---\n# Заголовок\n\nТекст\n')).toEqual({
      frontmatter: 'a: 1',
      body: '# Заголовок\n\nТекст\n',
    });
  });
});

describe('hasText', () => {
  test.each([
    ['Текст статьи.', true],
    ['  1 мая', true],
    ['> «Цитата»', true],
    ['- пункт', true],
    ['<!-- только комментарий -->', false],
    ['---\n\n***', false],
    ['', false],
    ['   \n\n', false],
    ['**жирный**', true],
    ['<!-- комментарий -->\n\n[ссылка](https://example.com)', true],
  ])('%j → %s', (body, expected) => {
    expect(hasText(body)).toBe(expected);
    expect(plainText(parseMarkdown(body).body).length > 0).toBe(expected);
  });
});
