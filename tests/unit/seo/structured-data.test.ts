import { describe, expect, it } from 'vitest';
import { breadcrumbLd, newsArticleLd, type LdArticle } from '../../../src/lib/seo/structured-data.ts';
import { expandSafely } from '../../support/schema-org-context.ts';

const article: LdArticle = {
  headline: 'Главы МИД обсудили нормализацию',
  description: 'Министры встретились.',
  url: 'https://example.org/2022/05/12/vstrecha/',
  published: '2022-05-12T00:00:00+03:00',
  modified: '2022-05-13T09:40:00+03:00',
  image: {
    url: 'https://example.org/2022/05/12/vstrecha/photo.jpg',
    width: 1200,
    height: 800,
    caption: 'Министры в Душанбе',
    credit: 'Фото: ТАСС',
  },
  people: [
    {
      name: 'Сергей Лавров',
      nameLatin: 'Sergey Lavrov',
      description: 'министр',
      url: 'https://example.org/people/sergey-lavrov/',
    },
  ],
  places: [
    { name: 'Россия', kind: 'country', url: 'https://example.org/places/rossiya/' },
    { name: 'Душанбе', nameLatin: 'Dushanbe', kind: 'city', url: 'https://example.org/places/dushanbe/' },
    { name: 'Карабах', kind: 'region', url: 'https://example.org/places/karabakh/' },
  ],
  publisher: { name: 'Летопись', url: 'https://example.org/' },
  source: { name: 'ТАСС', url: 'https://tass.ru/', pageUrl: 'https://tass.ru/politika/1' },
};

describe('newsArticleLd', () => {
  it('is a NewsArticle in Russian about its people and places', () => {
    const ld = newsArticleLd(article);
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Главы МИД обсудили нормализацию',
      inLanguage: 'ru',
      datePublished: '2022-05-12T00:00:00+03:00',
      url: 'https://example.org/2022/05/12/vstrecha/',
      mainEntityOfPage: 'https://example.org/2022/05/12/vstrecha/',
      publisher: { '@type': 'Organization', name: 'Летопись', url: 'https://example.org/' },
      sourceOrganization: { '@type': 'NewsMediaOrganization', name: 'ТАСС', url: 'https://tass.ru/' },
      isBasedOn: 'https://tass.ru/politika/1',
    });
    expect(ld.about).toEqual([
      {
        '@type': 'Person',
        name: 'Сергей Лавров',
        alternateName: 'Sergey Lavrov',
        description: 'министр',
        url: 'https://example.org/people/sergey-lavrov/',
      },
      { '@type': 'Country', name: 'Россия', url: 'https://example.org/places/rossiya/' },
      {
        '@type': 'City',
        name: 'Душанбе',
        alternateName: 'Dushanbe',
        url: 'https://example.org/places/dushanbe/',
      },
      { '@type': 'AdministrativeArea', name: 'Карабах', url: 'https://example.org/places/karabakh/' },
    ]);
  });

  it('has what Google recommends: author, image, dateModified, publisher', () => {
    expect(newsArticleLd(article)).toMatchObject({
      dateModified: '2022-05-13T09:40:00+03:00',
      author: { '@type': 'NewsMediaOrganization', name: 'ТАСС', url: 'https://tass.ru/' },
      image: {
        '@type': 'ImageObject',
        url: 'https://example.org/2022/05/12/vstrecha/photo.jpg',
        width: { value: 1200 },
        height: { value: 800 },
        caption: 'Министры в Душанбе',
        creditText: 'Фото: ТАСС',
      },
      publisher: { name: 'Летопись' },
    });
  });

  it('is JSON-LD a processor expands with every term known to schema.org, nothing dropped', async () => {
    // `safe` mode fails on any term or value the context does not define instead of dropping it.
    const [expanded] = await expandSafely(newsArticleLd(article));
    expect(expanded!['@type']).toEqual(['https://schema.org/NewsArticle']);
    for (const term of ['headline', 'author', 'image', 'datePublished', 'dateModified', 'publisher'])
      expect(expanded!, term).toHaveProperty([`https://schema.org/${term}`]);
  });

  it('claims no original page when the source address is unknown', () => {
    expect(
      newsArticleLd({ ...article, source: { name: 'ТАСС', url: 'https://tass.ru/' } }),
    ).not.toHaveProperty('isBasedOn');
  });
});

describe('breadcrumbLd', () => {
  it('numbers the steps from 1', () => {
    expect(
      breadcrumbLd([
        { name: 'Главная', url: 'https://example.org/' },
        { name: 'Люди', url: 'https://example.org/people/' },
      ]),
    ).toEqual({
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Главная', item: 'https://example.org/' },
        { '@type': 'ListItem', position: 2, name: 'Люди', item: 'https://example.org/people/' },
      ],
    });
  });
});
