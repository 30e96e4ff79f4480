import { describe, expect, test } from 'vitest';
import { firstParagraphText, htmlText, textBlocks } from '../../../../src/lib/markdown/html-text.ts';

const body = [
  '<h2>Переговоры</h2>',
  '<p>Глава МИД <strong>России</strong> заявил&nbsp;&laquo;да&raquo;<sup><a href="#user-content-fn-1" data-footnote-ref>1</a></sup>.</p>',
  '<blockquote><p>Цитата 6 апреля.</p></blockquote>',
  '<p>   </p>',
  '<ul><li>пункт &amp; ещё</li></ul>',
].join('\n');

describe('textBlocks', () => {
  test('lists top-level blocks with their text, entities decoded, footnote numbers left out', () => {
    expect(textBlocks(body)).toEqual([
      { tag: 'h2', text: 'Переговоры' },
      { tag: 'p', text: 'Глава МИД России заявил\u00a0«да».' },
      { tag: 'blockquote', text: 'Цитата 6 апреля.' },
      { tag: 'ul', text: 'пункт & ещё' },
    ]);
  });
});

describe('htmlText', () => {
  test('joins the blocks with blank lines', () => {
    expect(htmlText('<p>Один.</p><p>Два.</p>')).toBe('Один.\n\nДва.');
  });
  test('is empty for an empty body', () => {
    expect(htmlText('')).toBe('');
  });
});

describe('firstParagraphText', () => {
  test('skips headings and nested paragraphs: the first top-level paragraph', () => {
    expect(firstParagraphText('<blockquote><p>Цитата.</p></blockquote><h2>З</h2><p>Абзац.</p>')).toBe(
      'Абзац.',
    );
  });
  test('is empty when there is no paragraph', () => {
    expect(firstParagraphText('<h2>Только заголовок</h2>')).toBe('');
  });
});
