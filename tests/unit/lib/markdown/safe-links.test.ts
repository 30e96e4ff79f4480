import { describe, expect, test } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { isSafeUrl, urlScheme } from '../../../../src/lib/markdown/safe-url.ts';
import { renderArticleHtml } from '../../../../src/lib/markdown/render-article.ts';

/** The `href` of every link and the `src` of every image in the rendered HTML. */
function addresses(html: string): string[] {
  const tree = fromHtml(html, { fragment: true });
  return selectAll('a, img', tree).map((node) => String(node.properties['href'] ?? node.properties['src']));
}

describe('isSafeUrl', () => {
  test.each([
    'https://tass.ru/politika/14604137',
    'http://kremlin.ru/events/president/news/68367',
    'HTTPS://RIA.RU/20220512/lavrov.html',
    'mailto:press@mid.ru',
    '/people/sergey-lavrov/',
    '../2022/05/12/',
    '#user-content-fn-1',
    '?q=Лавров',
    '//mid.ru/ru/foreign_policy/news/',
    'https://ru.wikipedia.org/wiki/%D0%9B%D0%B0%D0%B2%D1%80%D0%BE%D0%B2',
  ])('lets %s through', (url) => {
    expect(isSafeUrl(url)).toBe(true);
  });

  test.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(document.cookie)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0001javascript:alert(1)',
    'javascript&colon;alert(1)',
    '&#106;avascript:alert(1)',
    '&#x6A;avascript:alert(1)',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'DATA:text/html,<script>alert(1)</script>',
    'vbscript:msgbox("x")',
    'file:///etc/passwd',
    'tel:+74952440000',
    'ftp://files.example.org/',
    '',
  ])('refuses %j', (url) => {
    expect(isSafeUrl(url)).toBe(false);
  });

  test('reads the scheme as a browser does: edges and tabs or newlines inside do not hide it', () => {
    expect(urlScheme('\u0000 jav\tas\ncript:x')).toBe('javascript');
    expect(urlScheme('/a:b')).toBeUndefined();
    expect(urlScheme('Москва:центр')).toBeUndefined();
  });
});

describe('links in a rendered article', () => {
  // A wire story as pasted from a CMS, with a hostile link among the normal ones.
  const body = [
    'Глава МИД России [Сергей Лавров](/people/sergey-lavrov/) провёл переговоры в Душанбе, сообщает [ТАСС](https://tass.ru/politika/14604137).',
    '',
    'Подробности — в [заявлении МИД](javascript:alert(document.cookie)) и в [ПРЕСС-РЕЛИЗЕ](JaVaScRiPt:alert(1)), а также на <javascript:alert(2)>.',
    '',
    'Фото: ![Лавров и Рахмон](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+) и [архив](&#106;avascript:alert(3)) и [запись][видео] и [VB](vbscript:msgbox(1)) и [письмо](mailto:press@mid.ru)[^1].',
    '',
    '[видео]: javascript:alert(4)',
    '',
    '[^1]: По данным пресс-службы.',
  ].join('\n');
  const html = renderArticleHtml(body, '/letopis/');

  test('keeps http(s), mailto, relative and fragment links', () => {
    expect(addresses(html)).toEqual([
      '/letopis/people/sergey-lavrov/',
      'https://tass.ru/politika/14604137',
      'mailto:press@mid.ru',
      '#user-content-fn-1',
      '#user-content-fnref-1',
    ]);
  });

  test('shows every other link as its text and an image as its alt text', () => {
    // Typesetting puts no-break spaces after short words; the text is what matters here.
    const text = html.replace(/<[^>]+>/g, '').replaceAll('\u00A0', ' ');
    expect(text).toContain('Подробности — в заявлении МИД и в ПРЕСС-РЕЛИЗЕ, а также на javascript:');
    expect(text).toContain('Фото: Лавров и Рахмон и архив и запись и VB и письмо');
    expect(html).not.toMatch(/(?:href|src)="(?!https?:|mailto:|\/|#)/);
  });
});
