import { describe, expect, it } from 'vitest';
import { htmlElements } from '../../e2e/support/html.ts';

describe('htmlElements', () => {
  it('lists elements in document order with attributes and text, templates included', () => {
    const elements = htmlElements(
      '<head><link rel="alternate" href="rss.xml"></head><body><h1 class="x">Сергей <b>Лавров</b></h1><template><p>в шаблоне</p></template></body>',
    );
    expect(elements.map((element) => element.name)).toEqual([
      'html',
      'head',
      'link',
      'body',
      'h1',
      'b',
      'template',
      'p',
    ]);
    expect(elements[2]!.attrs).toEqual({ rel: 'alternate', href: 'rss.xml' });
    expect(elements[4]!.text).toBe('Сергей Лавров');
    expect(elements.at(-1)!.text).toBe('в шаблоне');
  });
});
