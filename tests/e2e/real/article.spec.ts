import { test, expect, expectNoAxeViolations } from '../support/test.ts';
import { INLINE_SCRIPTS } from '../../../src/lib/deploy/inline-scripts.ts';

const ARTICLE = '2022/05/12/glavy-mid-azerbaydzhana-i-rf-obsudili-voprosy-normalizatsii-otnosheniy/';

test.describe('the seed article', () => {
  test('shows its title, Russian date, source and names', async ({ page }) => {
    await page.goto(ARTICLE);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Главы МИД Азербайджана и РФ обсудили вопросы нормализации отношений между Баку и Ереваном',
    );
    const date = page.locator('article time').first();
    await expect(date).toHaveText('12 мая 2022');
    await expect(date).toHaveAttribute('datetime', '2022-05-12');
    await expect(page.getByRole('link', { name: 'ТАСС' })).toBeVisible();
    for (const name of [
      'Джейхун Байрамов',
      'Сергей Лавров',
      'Ильхам Алиев',
      'Никол Пашинян',
      'Шарль Мишель',
    ]) {
      await expect(page.getByRole('link', { name, exact: true })).toBeVisible();
    }
    for (const name of [
      'Азербайджан',
      'Россия',
      'Армения',
      'Баку',
      'Ереван',
      'Душанбе',
      'Москва',
      'Сочи',
      'Брюссель',
      'Нагорный Карабах',
    ]) {
      await expect(page.getByRole('link', { name, exact: true })).toBeVisible();
    }
  });

  test('is typeset the Russian way: «ёлочки» and em dashes', async ({ page }) => {
    await page.goto(ARTICLE);
    const body = page.locator('.prose');
    await expect(body).toContainText('«Министры обсудили вопросы развития отношений');
    await expect(body).toContainText('Арменией», — говорится в сообщении.');
    const text = await body.textContent();
    expect(text).not.toContain('"');
    expect(text).not.toMatch(/\s-\s/);
  });

  test('loads no script file; its only inline scripts are the theme script and the search shortcut', async ({
    page,
  }) => {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await page.goto(ARTICLE);
    expect(scripts).toEqual([]);
    const inline = await page
      .locator('script:not([type="application/ld+json"])')
      .evaluateAll((elements) =>
        elements.map((element) => ({ src: element.getAttribute('src'), text: element.textContent })),
      );
    // Exactly the scripts the Content-Security-Policy allows by hash, nothing else.
    expect(inline).toEqual(INLINE_SCRIPTS.map((text) => ({ src: null, text })));
  });

  test('links to a page for every person, place and its source', async ({ page }) => {
    await page.goto(ARTICLE);
    const links = await page
      .locator('article footer a, article header a')
      .evaluateAll((anchors) =>
        anchors
          .map((anchor) => (anchor as HTMLAnchorElement).href)
          .filter((url) => url.startsWith(location.origin)),
      );
    expect(links.length).toBeGreaterThanOrEqual(16);
    for (const url of links) {
      const response = await page.request.get(url);
      expect(response.status(), url).toBe(200);
    }
    await page.getByRole('link', { name: 'Сергей Лавров', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Сергей Лавров');
    await expect(page.getByText('Sergey Lavrov')).toBeVisible();
    await expect(page.locator('header.entity').getByText('1 материал', { exact: true })).toBeVisible();
    await page.getByRole('link', { name: /Главы МИД Азербайджана/ }).click();
    await page.getByRole('link', { name: 'Душанбе', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Душанбе');
    await expect(page.getByRole('link', { name: 'Таджикистан' })).toBeVisible();
  });
});

// The seed article's own text through axe; every page type is checked on the fixture archive
// (fixture/browse-a11y.spec.ts), whose pages hold more of everything than this one-article site.
test('the seed article page has no WCAG 2.2 AA violations', async ({ page }) => {
  await page.goto(ARTICLE);
  await expectNoAxeViolations(page);
});
