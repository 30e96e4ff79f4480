/**
 * Search on the real archive: every way the issue lists of naming the seed article's people,
 * places and dates finds it first among articles; the page's URL state, keyboard access,
 * highlighting and the no-JavaScript fallback.
 */
import { test, expect, expectNoAxeViolations } from '../support/test.ts';
import { resultPaths, settled } from '../support/search-page.ts';
import { layoutShifts } from '../support/layout-shift.ts';
import { SAME_UNDER_BASE } from '../support/servers.ts';

const SEED = '/2022/05/12/glavy-mid-azerbaydzhana-i-rf-obsudili-voprosy-normalizatsii-otnosheniy/';
const SEED_TITLE =
  'Главы МИД Азербайджана и РФ обсудили вопросы нормализации отношений между Баку и Ереваном';
const QUERIES = [
  'Лавров',
  'Лаврова',
  'Лавровым',
  'Сергея Лаврова',
  'Lavrov',
  'Байрамовым',
  'Пашиняна',
  'Мишель',
  'Душанбе',
  'в Душанбе',
  '12 мая 2022',
  '12.05.2022',
  '2022-05-12',
  'май 2022',
  '26 ноября 2021',
];
/** One of each kind, from the name and date lists, checked under the sub-path too. */
const UNDER_BASE_TOO = new Set(['Лавровым', 'Душанбе', '12 мая 2022']);

test.describe('every query the issue lists finds the seed article first', () => {
  for (const query of QUERIES) {
    const tag = UNDER_BASE_TOO.has(query) ? [] : [SAME_UNDER_BASE];
    test(`«${query}»`, { tag }, async ({ page }) => {
      await page.goto(`search/?q=${encodeURIComponent(query)}`);
      await settled(page);
      await expect(page.getByRole('status')).toHaveText('Найден 1 материал');
      expect((await resultPaths(page))[0]).toMatch(new RegExp(`${SEED}$`));
    });
  }
});

test('a date nobody wrote about finds nothing, even if its digits appear elsewhere', async ({ page }) => {
  await page.goto(`search/?q=${encodeURIComponent('2.5.2022')}`);
  await settled(page);
  await expect(page.getByRole('status')).toHaveText('Ничего не найдено.');
  await expect(page.getByRole('link', { name: 'Все материалы за май 2022' })).toBeVisible();
});

test('a result shows title, Russian date, source and an excerpt with the words highlighted', async ({
  page,
}) => {
  // A name, in any case, highlights the person's first mention, in whatever case it is written.
  await page.goto(`search/?q=${encodeURIComponent('Лаврова')}`);
  await settled(page);
  const result = page.locator('[data-search-list] li').first();
  await expect(result.getByRole('heading', { level: 3 })).toHaveText(SEED_TITLE);
  await expect(result.locator('.meta')).toHaveText('12 мая 2022 · ТАСС');
  await expect(result.locator('.excerpt mark').first()).toHaveText('Сергей Лавров');
  // Free words are highlighted as found.
  await page.goto(`search/?q=${encodeURIComponent('Лаврова повестку')}`);
  await settled(page);
  await expect(page.locator('[data-search-list] li').first().locator('.excerpt mark').first()).toHaveText(
    /Лаврова|повестку/,
  );
});

test('a query naming a person shows their card above the articles and offers their filter', async ({
  page,
}) => {
  await page.goto(`search/?q=${encodeURIComponent('Лавровым')}`);
  await settled(page);
  const card = page.locator('[data-search-cards] li').first();
  await expect(card.getByRole('link', { name: 'Сергей Лавров' })).toHaveAttribute(
    'href',
    /\/people\/sergey-lavrov\/$/,
  );
  const cardBox = await card.boundingBox();
  const firstArticle = await page.locator('[data-search-list] li').first().boundingBox();
  expect(cardBox!.y).toBeLessThan(firstArticle!.y);
  await page.getByRole('link', { name: 'Сергей Лавров — все материалы' }).click();
  await settled(page);
  await expect(page).toHaveURL(/\/search\/\?person=sergey-lavrov$/);
  await expect(page.getByRole('searchbox', { name: 'Имя, место, дата или слово' })).toHaveValue('');
  await expect(page.getByRole('checkbox', { name: /Сергей Лавров/ })).toBeChecked();
  expect(await resultPaths(page)).toEqual([expect.stringMatching(new RegExp(`${SEED}$`))]);
});

test('filters show counts, change the URL, and Back walks the searches back', async ({ page }) => {
  await page.goto('search/');
  await settled(page);
  await expect(page.getByRole('status')).toHaveText(/Введите имя, место, дату или слово/);
  const search = page.getByRole('searchbox', { name: 'Имя, место, дата или слово' });
  await search.fill('Душанбе');
  await search.press('Enter');
  await settled(page);
  await expect(page).toHaveURL(/\?q=%D0%94%D1%83%D1%88%D0%B0%D0%BD%D0%B1%D0%B5$/);
  const year = page.getByRole('checkbox', { name: '2022 (1)', exact: true });
  await year.check();
  await settled(page);
  await expect(page).toHaveURL(/&year=2022$/);
  await expect(year).toBeFocused();
  await page.getByRole('combobox', { name: 'Порядок' }).selectOption('newest');
  await settled(page);
  await expect(page).toHaveURL(/&year=2022&sort=newest$/);
  await page.goBack();
  await settled(page);
  await expect(page).toHaveURL(/&year=2022$/);
  await expect(page.getByRole('combobox', { name: 'Порядок' })).toHaveValue('relevance');
  await page.goBack();
  await settled(page);
  await expect(page.getByRole('checkbox', { name: '2022 (1)', exact: true })).not.toBeChecked();
  await expect(search).toHaveValue('Душанбе');
  await page.goBack();
  await settled(page);
  await expect(search).toHaveValue('');
  await page.reload();
  await settled(page);
  await expect(page.getByRole('status')).toHaveText(/Введите имя/);
});

test('a shared search URL restores query, filters and sort', async ({ page }) => {
  await page.goto('search/?q=%D0%9B%D0%B0%D0%B2%D1%80%D0%BE%D0%B2&place=dushanbe&sort=oldest');
  await settled(page);
  await expect(page.getByRole('searchbox', { name: 'Имя, место, дата или слово' })).toHaveValue('Лавров');
  await expect(page.getByRole('checkbox', { name: /Душанбе/ })).toBeChecked();
  await expect(page.getByRole('combobox', { name: 'Порядок' })).toHaveValue('oldest');
  await expect(page.getByRole('status')).toHaveText('Найден 1 материал');
});

test('opening a result highlights the searched word on the article (URL text fragment)', async ({ page }) => {
  await page.setViewportSize({ width: 400, height: 500 });
  await page.goto(`search/?q=${encodeURIComponent('Сочи')}`);
  await settled(page);
  const link = page.locator('[data-search-list] h3 a').first();
  await expect(link).toHaveAttribute('href', /#:~:text=%D0%A1%D0%BE%D1%87%D0%B8$/);
  await link.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_TITLE);
  // Chromium scrolls the fragment's text («в Сочи», far down the article) into view.
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(500);
  const sochi = page.locator('.prose p', { hasText: 'на этот раз в Сочи' });
  await expect(sochi).toBeInViewport();
});

test(
  'a Latin name or a numeric date highlights the words the article actually uses',
  { tag: SAME_UNDER_BASE },
  async ({ page }) => {
    await page.goto(`search/?q=${encodeURIComponent('Lavrov')}`);
    await settled(page);
    await expect(page.locator('[data-search-list] h3 a').first()).toHaveAttribute(
      'href',
      new RegExp(`#:~:text=${encodeURIComponent('Сергей Лавров')}`),
    );
    await page.goto(`search/?q=${encodeURIComponent('26.11.2021')}`);
    await settled(page);
    await expect(page.locator('[data-search-list] h3 a').first()).toHaveAttribute(
      'href',
      new RegExp(`#:~:text=${encodeURIComponent('26 ноября 2021')}`),
    );
  },
);

test(
  'a source named in the query shows its card above the articles',
  { tag: SAME_UNDER_BASE },
  async ({ page }) => {
    await page.goto(`search/?q=${encodeURIComponent('ТАСС')}`);
    await settled(page);
    await expect(page.locator('[data-search-cards] li').first().getByRole('link')).toHaveText('ТАСС');
    expect((await resultPaths(page))[0]).toMatch(new RegExp(`${SEED}$`));
  },
);

test.describe('keyboard', () => {
  test('«/» and Ctrl+K focus the header search box on an article, with no script file loaded', async ({
    page,
  }) => {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await page.goto(SEED.slice(1));
    const box = page.getByRole('search', { name: 'Поиск по архиву' }).getByRole('searchbox');
    await page.keyboard.press('/');
    await expect(box).toBeFocused();
    await expect(box).toHaveValue('');
    await box.blur();
    await page.keyboard.press('Control+k');
    await expect(box).toBeFocused();
    await box.fill('Пашиняна');
    await box.press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=/);
    await settled(page);
    expect((await resultPaths(page))[0]).toMatch(new RegExp(`${SEED}$`));
    expect(
      scripts.filter(
        (url) => !url.includes('/search/') && !url.includes('/_astro/') && !url.includes('/pagefind/'),
      ),
    ).toEqual([]);
  });

  test(
    'the search page turns «/» off for every page and on again; Ctrl+K always works',
    { tag: SAME_UNDER_BASE },
    async ({ page }) => {
      const setting = page.getByRole('checkbox', { name: 'Переходить к поиску клавишей «/»' });
      const headerBox = page.getByRole('search', { name: 'Поиск по архиву' }).getByRole('searchbox');
      await page.goto('search/');
      await settled(page);
      await expect(setting).toBeChecked();
      await setting.uncheck();

      await page.goto(SEED.slice(1));
      await page.keyboard.press('/');
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('BODY');
      await page.keyboard.press('Control+k');
      await expect(headerBox).toBeFocused();

      await page.goto('search/');
      await settled(page);
      await expect(setting).not.toBeChecked();
      await setting.check();
      await page.goto(SEED.slice(1));
      await page.keyboard.press('/');
      await expect(headerBox).toBeFocused();
    },
  );

  test(
    'on the search page «/» focuses the main box, and results are reachable by Tab',
    { tag: SAME_UNDER_BASE },
    async ({ page }) => {
      await page.goto(`search/?q=${encodeURIComponent('Мишель')}`);
      await settled(page);
      await page.locator('h1').click();
      await page.keyboard.press('/');
      await expect(page.locator('#search-q')).toBeFocused();
      const firstResult = page.locator('[data-search-list] h3 a').first();
      for (
        let step = 0;
        step < 40 && !(await firstResult.evaluate((link) => link === document.activeElement));
        step += 1
      )
        await page.keyboard.press('Tab');
      await expect(firstResult).toBeFocused();
    },
  );

  test('the result count is announced in a live region', { tag: SAME_UNDER_BASE }, async ({ page }) => {
    await page.goto('search/');
    await settled(page);
    const status = page.getByRole('status');
    await expect(status).toHaveAttribute('aria-live', 'polite');
    await page.locator('#search-q').fill('Байрамовым');
    await expect(status).toHaveText('Найден 1 материал');
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test(
    'nothing on the search page moves while the script fills it in (no layout shift)',
    { tag: SAME_UNDER_BASE },
    async ({ page }) => {
      // As on a slow phone: the page is painted before its script runs and fills it in.
      await page.route(/\.js$/, async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 300));
        await route.continue();
      });
      await page.goto('search/');
      await settled(page);
      await expect(page.locator('[data-search-filters] fieldset').first()).toBeVisible();
      await expect(page.getByRole('checkbox', { name: 'Переходить к поиску клавишей «/»' })).toBeVisible();
      const shifts = await layoutShifts(page);
      expect(shifts.score, shifts.moved.join('; ')).toBe(0);
    },
  );
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the search page says so and links to the date, people and places indexes', async ({ page }) => {
    await page.goto('search/');
    const notice = page.getByText('Поиск работает с JavaScript; без него ищите');
    await expect(notice).toBeVisible();
    await expect(page.getByRole('link', { name: 'по датам' })).toHaveAttribute('href', /\/archive\/$/);
    await expect(page.getByRole('link', { name: 'по людям' })).toHaveAttribute('href', /\/people\/$/);
    await expect(page.getByRole('link', { name: 'по местам' })).toHaveAttribute('href', /\/places\/$/);
    // No shortcut without JavaScript, so no switch for it.
    await expect(page.getByRole('checkbox')).toHaveCount(0);
  });

  test('the header box is a plain form that opens the search page with the query', async ({ page }) => {
    await page.goto(SEED.slice(1));
    const box = page.getByRole('search', { name: 'Поиск по архиву' }).getByRole('searchbox');
    await box.fill('Лавров');
    await box.press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=%D0%9B%D0%B0%D0%B2%D1%80%D0%BE%D0%B2$/);
    await expect(page.locator('#search-q')).toBeVisible();
  });
});

test(
  'the search page with results has no WCAG 2.2 AA violations',
  { tag: SAME_UNDER_BASE },
  async ({ page }) => {
    await page.goto(`search/?q=${encodeURIComponent('Лаврова')}`);
    await settled(page);
    await expectNoAxeViolations(page);
  },
);
