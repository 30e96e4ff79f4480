/** What search engines and link previews read: canonical, Open Graph, JSON-LD. */
import { test, expect } from '../support/test.ts';
import type { Page } from '@playwright/test';
import type { LdBreadcrumbList, LdNewsArticle } from '../../support/site-output.ts';

const ARTICLE = '2022/05/12/glavy-mid-azerbaydzhana-i-rf-obsudili-voprosy-normalizatsii-otnosheniy/';

const og = (page: Page, property: string) => page.locator(`head meta[property="${property}"]`);
/** The page's JSON-LD things in order, typed as the caller expects them. */
const jsonLd = async <Things extends unknown[]>(page: Page) =>
  (await page.locator('script[type="application/ld+json"]').allTextContents()).flatMap(
    (text) => JSON.parse(text) as unknown,
  ) as Things;

test.describe('an article page', () => {
  test('has an absolute canonical URL and Open Graph article tags in ru_RU', async ({ page }) => {
    await page.goto(ARTICLE);
    const url = page.url();
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', url);
    await expect(og(page, 'og:type')).toHaveAttribute('content', 'article');
    await expect(og(page, 'og:locale')).toHaveAttribute('content', 'ru_RU');
    await expect(og(page, 'og:url')).toHaveAttribute('content', url);
    await expect(og(page, 'og:site_name')).toHaveAttribute('content', 'Летопись');
    await expect(og(page, 'og:title')).toHaveAttribute('content', /^Главы МИД Азербайджана/);
    await expect(og(page, 'og:description')).toHaveAttribute('content', /^Министры иностранных дел/);
    await expect(og(page, 'article:published_time')).toHaveAttribute('content', '2022-05-12T00:00:00+03:00');
    // No picture of its own: the preview is its source's card.
    await expect(og(page, 'og:image')).toHaveAttribute(
      'content',
      new URL('../../../../cards/sources/tass.png', url).href,
    );
    await expect(page.locator('head meta[name="twitter:card"]')).toHaveAttribute(
      'content',
      'summary_large_image',
    );
    const tags = await og(page, 'article:tag').evaluateAll((metas) =>
      metas.map((meta) => meta.getAttribute('content')),
    );
    expect(tags).toHaveLength(15);
    expect(tags).toEqual(expect.arrayContaining(['Сергей Лавров', 'Душанбе', 'Нагорный Карабах']));
  });

  test('describes itself as a NewsArticle about its people and places, with breadcrumbs', async ({
    page,
    request,
    baseURL,
  }) => {
    await page.goto(ARTICLE);
    const [article, breadcrumbs] = await jsonLd<[LdNewsArticle, LdBreadcrumbList]>(page);
    expect(article).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      inLanguage: 'ru',
      datePublished: '2022-05-12T00:00:00+03:00',
      url: page.url(),
      publisher: { '@type': 'Organization', name: 'Летопись', url: baseURL },
      sourceOrganization: { name: 'ТАСС', url: 'https://tass.ru/' },
    });
    // Typeset as the page's <h1>: no-break spaces after short words.
    expect(article.headline.replaceAll('\u00a0', ' ')).toBe(
      'Главы МИД Азербайджана и РФ обсудили вопросы нормализации отношений между Баку и Ереваном',
    );
    expect(article.headline).toBe(await page.getByRole('heading', { level: 1 }).textContent());
    const about: { '@type': string; name: string; url: string }[] = article.about;
    expect(about.filter((thing) => thing['@type'] === 'Person')).toHaveLength(5);
    expect(about).toContainEqual(expect.objectContaining({ '@type': 'City', name: 'Душанбе' }));
    expect(about).toContainEqual(expect.objectContaining({ '@type': 'Country', name: 'Азербайджан' }));
    for (const thing of about) expect((await request.get(thing.url)).status(), thing.url).toBe(200);
    expect(breadcrumbs['@type']).toBe('BreadcrumbList');
    expect(breadcrumbs.itemListElement.map((step: { name: string }) => step.name)).toEqual([
      'Главная',
      '2022',
      'Май',
      '12 мая',
      article.headline,
    ]);
    expect(breadcrumbs.itemListElement.at(-1)!.item).toBe(page.url());
  });
});

test.describe('other pages', () => {
  test('a person page is an Open Graph website with breadcrumbs home › people › person', async ({
    page,
    baseURL,
  }) => {
    await page.goto('people/sergey-lavrov/');
    await expect(og(page, 'og:type')).toHaveAttribute('content', 'website');
    await expect(og(page, 'og:url')).toHaveAttribute('content', page.url());
    await expect(og(page, 'article:published_time')).toHaveCount(0);
    const [breadcrumbs] = await jsonLd<[LdBreadcrumbList]>(page);
    expect(breadcrumbs.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Главная', item: baseURL },
      { '@type': 'ListItem', position: 2, name: 'Люди', item: new URL('people/', baseURL).href },
      { '@type': 'ListItem', position: 3, name: 'Сергей Лавров', item: page.url() },
    ]);
  });

  test('the home page has its canonical and no JSON-LD', async ({ page, baseURL }) => {
    await page.goto('./');
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', baseURL!);
    await expect(page.locator('script[type="application/ld+json"]')).toHaveCount(0);
  });
});
