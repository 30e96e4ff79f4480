import { describe, expect, it } from 'vitest';
import { openGraphTags, twitterTags } from '../../../src/lib/seo/open-graph.ts';

const image = {
  url: 'https://example.org/cards/people/sergey-lavrov.png',
  width: 1200,
  height: 630,
  alt: 'Сергей Лавров. министр. Летопись · Люди',
  type: 'image/png',
};
const page = {
  title: 'Сергей Лавров',
  description: 'министр',
  url: 'https://example.org/people/sergey-lavrov/',
  siteName: 'Летопись',
  image,
};

describe('openGraphTags', () => {
  it('describes any page as a Russian website', () => {
    expect(openGraphTags(page)).toEqual([
      { property: 'og:type', content: 'website' },
      { property: 'og:title', content: 'Сергей Лавров' },
      { property: 'og:description', content: 'министр' },
      { property: 'og:url', content: 'https://example.org/people/sergey-lavrov/' },
      { property: 'og:site_name', content: 'Летопись' },
      { property: 'og:locale', content: 'ru_RU' },
      { property: 'og:image', content: 'https://example.org/cards/people/sergey-lavrov.png' },
      { property: 'og:image:type', content: 'image/png' },
      { property: 'og:image:width', content: '1200' },
      { property: 'og:image:height', content: '630' },
      { property: 'og:image:alt', content: 'Сергей Лавров. министр. Летопись · Люди' },
    ]);
  });

  it('asks X (Twitter) for a large-image card with the same alt text', () => {
    expect(twitterTags(image)).toEqual([
      { name: 'twitter:card', content: 'summary_large_image' },
      { name: 'twitter:image:alt', content: 'Сергей Лавров. министр. Летопись · Люди' },
    ]);
  });

  it('makes an article page an article with its time and a tag per name', () => {
    const tags = openGraphTags({
      ...page,
      article: {
        published: '2022-05-12T00:00:00+03:00',
        modified: '2022-05-13T09:00:00+03:00',
        tags: ['Сергей Лавров', 'Душанбе'],
      },
    });
    expect(tags[0]).toEqual({ property: 'og:type', content: 'article' });
    expect(tags.slice(11)).toEqual([
      { property: 'article:published_time', content: '2022-05-12T00:00:00+03:00' },
      { property: 'article:modified_time', content: '2022-05-13T09:00:00+03:00' },
      { property: 'article:tag', content: 'Сергей Лавров' },
      { property: 'article:tag', content: 'Душанбе' },
    ]);
  });
});
