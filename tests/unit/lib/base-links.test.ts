import { expect, test } from 'vitest';
import { markdownToHtml } from 'satteri';
import { baseLinks, withBase } from '../../../src/lib/markdown/base-links.ts';

test.each([
  ['/people/sergey-lavrov/', '/letopis/', '/letopis/people/sergey-lavrov/'],
  ['/', '/letopis/', '/letopis/'],
  ['/people/x/#bio', '/a/b/', '/a/b/people/x/#bio'],
  ['/people/x/', '/', '/people/x/'],
  ['https://tass.ru/x', '/letopis/', 'https://tass.ru/x'],
  ['//cdn.example.org/x.png', '/letopis/', '//cdn.example.org/x.png'],
  ['#fn-1', '/letopis/', '#fn-1'],
  ['../people/x/', '/letopis/', '../people/x/'],
  ['mailto:a@b.ru', '/letopis/', 'mailto:a@b.ru'],
])('withBase(%s, %s) → %s', (url, base, expected) => {
  expect(withBase(url, base)).toBe(expected);
});

test('there is no plugin at the root', () => {
  expect(baseLinks('/')).toBeNull();
});

test('the plugin prefixes root-relative links and images in rendered Markdown, and only those', () => {
  const markdown = [
    'См. [Лавров](/people/sergey-lavrov/), [ТАСС](https://tass.ru/) и [сноску](#note).',
    '',
    '![Карта](/images/map.png)',
  ].join('\n');
  const { html } = markdownToHtml(markdown, { hastPlugins: [baseLinks('/letopis/')] });
  expect(html).toContain('href="/letopis/people/sergey-lavrov/"');
  expect(html).toContain('href="https://tass.ru/"');
  expect(html).toContain('href="#note"');
  expect(html).toContain('src="/letopis/images/map.png"');
});
