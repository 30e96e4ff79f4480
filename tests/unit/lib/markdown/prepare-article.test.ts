import { describe, expect, it } from 'vitest';
import { forPage, prepareArticle } from '../../../../src/lib/markdown/prepare-article.ts';
import { renderArticleHtml } from '../../../../src/lib/markdown/render-article.ts';

const article = {
  digest: 'abc',
  title: 'Лавров - в "Душанбе"',
  body: 'Министр прибыл в Душанбе - столицу [страны](/places/tajikistan/).\n\nВторой абзац.',
};

describe('prepareArticle', () => {
  it('renders the body for the base and typesets what the page shows', () => {
    const prepared = prepareArticle(article, '/letopis/');
    expect(prepared.digest).toBe('abc');
    expect(prepared.html).toBe(renderArticleHtml(article.body, '/letopis/'));
    expect(prepared.html).toContain('href="/letopis/places/tajikistan/"');
    expect(prepared.title).toBe('Лавров\u00a0— в\u00a0«Душанбе»');
    expect(prepared.lead).toBeUndefined();
    expect(prepared.text).toBe('Министр прибыл в\u00a0Душанбе\u00a0— столицу страны.\n\nВторой абзац.');
  });

  it('summarises by the lead when there is one, else by the first paragraph', () => {
    expect(prepareArticle({ ...article, lead: 'Коротко - о визите.' }, '/').summary).toBe(
      'Коротко\u00a0— о\u00a0визите.',
    );
    expect(prepareArticle(article, '/').summary).toBe('Министр прибыл в\u00a0Душанбе\u00a0— столицу страны.');
  });

  it('gives the pages everything but the plain text', () => {
    const prepared = prepareArticle(article, '/');
    const { text: _text, ...rest } = prepared;
    expect(forPage(prepared)).toEqual(rest);
    expect(forPage(prepared)).not.toHaveProperty('text');
  });
});
