import { describe, expect, it, vi } from 'vitest';
import { articleSummary } from '../../../src/lib/seo/summary.ts';

describe('articleSummary', () => {
  it('prefers the lead, typeset the Russian way', () => {
    expect(articleSummary('Лавров сказал "да" - и ушёл.', 'Тело статьи.')).toBe(
      'Лавров сказал «да»\u00a0— и\u00a0ушёл.',
    );
  });

  it('falls back to the first paragraph as plain text, without markup', () => {
    const body =
      '<h2>Заголовок</h2>\n<p>Первый <strong>абзац</strong> со <a href="https://example.org">ссылкой</a>\nна две строки.</p>\n<p>Второй абзац.</p>';
    expect(articleSummary(undefined, body)).toBe('Первый абзац со\u00a0ссылкой на\u00a0две строки.');
  });

  it('is empty for an article with neither lead nor paragraph', () => {
    expect(articleSummary(undefined, '')).toBe('');
    expect(articleSummary(undefined, undefined)).toBe('');
  });

  it('renders the body only when there is no lead', () => {
    const render = vi.fn(() => '<p>Тело.</p>');
    expect(articleSummary('Лид.', render)).toBe('Лид.');
    expect(render).not.toHaveBeenCalled();
    expect(articleSummary(undefined, render)).toBe('Тело.');
    expect(render).toHaveBeenCalledOnce();
  });
});
