import { describe, expect, it } from 'vitest';
import { prepareArticle } from '../../../../src/lib/markdown/prepare-article.ts';

const articleBodyText = (body: string) => prepareArticle({ digest: '', title: 'Заголовок', body }, '/').text;

describe('the text of a prepared article', () => {
  it('is the text the page shows: blocks apart, typeset, markup gone', () => {
    const text = articleBodyText('Первый "абзац" - с **выделением**.\n\n## Подзаголовок\n\n- пункт');
    expect(text).toBe('Первый «абзац»\u00a0— с\u00a0выделением.\n\nПодзаголовок\n\nпункт');
  });

  it('keeps raw HTML as the text it is, never as markup', () => {
    expect(articleBodyText('До <b>после</b>')).toBe('До\u00a0<b>после</b>');
  });

  it('leaves footnote reference numbers out of the sentence', () => {
    const text = articleBodyText('Фраза[^1].\n\n[^1]: Сноска.');
    expect(text.split('\n\n')[0]).toBe('Фраза.');
  });
});
