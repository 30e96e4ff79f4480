import { describe, expect, it } from 'vitest';
import { absoluteUrls, feedHtml } from '../../../src/lib/seo/feed-html.ts';

const PAGE = 'https://example.org/letopis/2022/05/12/vstrecha/';

describe('absoluteUrls', () => {
  it('makes site paths and fragments absolute, and leaves absolute and mail links alone', () => {
    expect(
      absoluteUrls(
        '<a href="/letopis/people/x/">X</a><a href="#fn-1">1</a><img src="photo.jpg"><a href="https://tass.ru/a?b=1&amp;c=2">T</a><a href="mailto:a@b.ru">m</a>',
        PAGE,
      ),
    ).toBe(
      '<a href="https://example.org/letopis/people/x/">X</a><a href="https://example.org/letopis/2022/05/12/vstrecha/#fn-1">1</a><img src="https://example.org/letopis/2022/05/12/vstrecha/photo.jpg"><a href="https://tass.ru/a?b=1&amp;c=2">T</a><a href="mailto:a@b.ru">m</a>',
    );
  });

  it('keeps escaped ampersands in a relative query escaped', () => {
    expect(absoluteUrls('<a href="/s/?a=1&amp;b=2">s</a>', PAGE)).toBe(
      '<a href="https://example.org/s/?a=1&amp;b=2">s</a>',
    );
  });
});

describe('feedHtml', () => {
  it('puts the picture with its credit on top and the original below, text escaped', () => {
    expect(
      feedHtml({
        html: '<p>Текст <a href="/x/">ссылка</a>.</p>',
        url: PAGE,
        image: {
          url: `${PAGE}p.png`,
          width: 1200,
          height: 800,
          alt: 'Трубы "Северного потока"',
          credit: 'Фото: A & B',
        },
        original: { url: 'https://tass.ru/politika/1', label: 'Оригинал публикации' },
      }),
    ).toBe(
      `<figure><img src="${PAGE}p.png" width="1200" height="800" alt="Трубы &quot;Северного потока&quot;"><figcaption>Фото: A &amp; B</figcaption></figure>` +
        '<p>Текст <a href="https://example.org/x/">ссылка</a>.</p>' +
        '<p><a href="https://tass.ru/politika/1">Оригинал публикации</a></p>',
    );
  });

  it('is the body alone without picture or original', () => {
    expect(feedHtml({ html: '<p>Т.</p>', url: PAGE })).toBe('<p>Т.</p>');
  });
});
