import { expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { articleMarkdown, markdownBody } from '../../../src/lib/editorial/article-markdown.ts';
import { parseMarkdown, plainText } from '../../../src/lib/markdown/parse.ts';

test('frontmatter in the seed article’s order, paragraphs separated by blank lines', () => {
  const file = articleMarkdown(
    {
      title: 'Лавров: переговоры продолжатся',
      date: '2022-05-12',
      source: 'tass',
      sourceUrl: 'https://tass.ru/1',
      people: ['sergey-lavrov'],
      places: [],
    },
    ['Первый абзац.', 'Второй абзац.'],
  );
  expect(file).toBe(
    '---\ntitle: "Лавров: переговоры продолжатся"\ndate: 2022-05-12\nsource: tass\nsourceUrl: https://tass.ru/1\npeople:\n  - sergey-lavrov\n---\n\nПервый абзац.\n\nВторой абзац.\n',
  );
  const { frontmatter } = parseMarkdown(file);
  expect(parseYaml(frontmatter ?? '')).toMatchObject({
    title: 'Лавров: переговоры продолжатся',
    people: ['sergey-lavrov'],
  });
});

test('text Markdown would misread is escaped and reads back unchanged', () => {
  const paragraphs = [
    '1. Не список',
    '# Не заголовок',
    '* не маркер\n- и не этот\n+ и этот',
    '<b>не тег</b> &amp; не сущность',
    '> не цитата',
    'Текст с *звёздочками*, _подчёркиваниями_, [скобками](x), `кодом` и ~~тильдами~~ \\ слэш',
    'строка\n---',
    'a | b\n--- | ---',
  ];
  const markdown = markdownBody(paragraphs);
  expect(markdown).toContain('1\\. Не список');
  expect(markdown).toContain('\\# Не заголовок');
  expect(markdown).toContain('\\<b>');
  expect(plainText(parseMarkdown(markdown).body)).toBe(paragraphs.join('\n\n'));
  const tree = parseMarkdown(markdown).body;
  expect(tree.children.every((node) => node.type === 'paragraph')).toBe(true);
});

test('refuses text it cannot write faithfully rather than changing it', () => {
  expect(() => markdownBody(['    отступ'])).toThrow(/cannot be written as Markdown/);
});
