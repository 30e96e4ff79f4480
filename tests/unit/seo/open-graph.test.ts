import { describe, expect, it } from 'vitest';
import { openGraphTags } from '../../../src/lib/seo/open-graph.ts';

const page = {
  title: 'Сергей Лавров',
  description: 'министр',
  url: 'https://example.org/people/sergey-lavrov/',
  siteName: 'Летопись',
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
    ]);
  });

  it('makes an article page an article with its time and a tag per name', () => {
    const tags = openGraphTags({
      ...page,
      article: { published: '2022-05-12T00:00:00+03:00', tags: ['Сергей Лавров', 'Душанбе'] },
    });
    expect(tags[0]).toEqual({ property: 'og:type', content: 'article' });
    expect(tags.slice(6)).toEqual([
      { property: 'article:published_time', content: '2022-05-12T00:00:00+03:00' },
      { property: 'article:tag', content: 'Сергей Лавров' },
      { property: 'article:tag', content: 'Душанбе' },
    ]);
  });
});
