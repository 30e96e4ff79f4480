import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { planBundles, type BundlePlan } from '../../../../src/search/build/bundle-plan.ts';
import { validateContent } from '../../../../src/lib/validation/validate-content.ts';
import { loadHasher } from '../../../../src/lib/file-digest.ts';
import { nameKey } from '../../../../src/search/shared/keys.ts';
import { makeContent } from '../../../support/content-fixture.ts';

const hasher = await loadHasher();

// The fixture's one 2022 article, and five more as a wire writes them: a name in an oblique
// case, a name only in the text (untagged), straight quotes and a hyphen for a dash.
const content = makeContent();
function article(day: string, slug: string, frontmatter: string, body: string): void {
  const [year, month, dayOfMonth] = day.split('-');
  const file = join(content, 'articles', year!, month!, `${dayOfMonth}-${slug}.md`);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `---\n${frontmatter}\ndate: ${day}\nsource: tass\n---\n\n${body}\n`);
}
article(
  '2019-03-01',
  'lavrov-v-dushanbe',
  'title: Лавров прибыл в Душанбе',
  'Глава МИД России Сергей Лавров прибыл в Душанбе с рабочим визитом.',
);
article(
  '2020-11-30',
  'peregovory',
  `title: 'Переговоры "по существу" - итоги'`,
  'Стороны обсудили вопросы торговли.',
);
article(
  '2021-04-01',
  'zayavlenie',
  'title: Заявление МИД\npeople: [sergey-lavrov]',
  'По словам Лаврова, встреча прошла "конструктивно".',
);
article('2021-04-02', 'vizit', 'title: Визит\nplaces: [dushanbe]', 'Делегация прибыла в таджикскую столицу.');
article('2021-06-15', 'itogi', 'title: Итоги', 'Итоги переговоров подведут позже.');

/** Plans the content as a build reads it, with `cacheRoot` kept between plans. */
function plan(cacheRoot: string): { plan: BundlePlan; prepared: string[]; warnings: string[] } {
  const { content: checked, problems } = validateContent(content);
  expect(problems).toEqual([]);
  const prepared: string[] = [];
  const warnings: string[] = [];
  const planned = planBundles(
    { base: '/', maxListItems: 400, maxRecordsPerShard: 2 },
    checked,
    cacheRoot,
    (id) => prepared.push(id),
    hasher,
    (line) => warnings.push(line),
  );
  return { plan: planned, prepared, warnings };
}

const shape = ({ bundles }: BundlePlan) =>
  bundles.map(({ name, years, count, records }) => ({ name, years, count, urls: records.map((r) => r.url) }));

describe('planBundles', () => {
  const cacheRoot = mkdtempSync(join(tmpdir(), 'letopis-bundle-plan-'));
  const first = plan(cacheRoot);

  test('puts the entities in a bundle of their own and the articles in shards of whole years', () => {
    expect(shape(first.plan)).toEqual([
      {
        name: 'entities',
        years: [],
        count: 4,
        urls: ['/people/sergey-lavrov/', '/places/dushanbe/', '/places/rossiya/', '/sources/tass/'],
      },
      {
        name: '2019-2020',
        years: ['2019', '2020'],
        count: 2,
        urls: ['/2019/03/01/lavrov-v-dushanbe/', '/2020/11/30/peregovory/'],
      },
      // Three articles, over the limit of two: a year is never split.
      {
        name: '2021',
        years: ['2021'],
        count: 3,
        urls: ['/2021/04/01/zayavlenie/', '/2021/04/02/vizit/', '/2021/06/15/itogi/'],
      },
      { name: '2022', years: ['2022'], count: 1, urls: ['/2022/05/12/valid-article/'] },
    ]);
    expect(first.warnings).toEqual([]);
  });

  test("an article's record has the names its text mentions untagged, its filters only the tags", () => {
    const [untagged] = first.plan.bundles[1]!.records;
    expect(untagged!.meta['keys']).toContain(nameKey('Сергей Лавров'));
    expect(untagged!.filters).toMatchObject({ person: [], place: [] });
    const [tagged] = first.plan.bundles[2]!.records;
    expect(tagged!.filters).toMatchObject({ person: ['sergey-lavrov'] });
  });

  test('renders each text once, newest first, and writes the name and date lists', () => {
    expect(first.plan.rendered).toBe(6);
    expect(first.prepared).toEqual([
      '2022/05/12-valid-article',
      '2021/06/15-itogi',
      '2021/04/02-vizit',
      '2021/04/01-zayavlenie',
      '2020/11/30-peregovory',
      '2019/03/01-lavrov-v-dushanbe',
    ]);
    expect(first.plan.lists.path).toBe(join(cacheRoot, 'lists'));
    expect(first.plan.lists.files).toBeGreaterThan(0);
    expect(first.plan.lists.written).toBe(first.plan.lists.files);
  });

  test('plans the same content again from the cache: no text rendered, no list written', () => {
    const again = plan(cacheRoot);
    expect(again.plan.rendered).toBe(0);
    expect(again.prepared).toEqual([]);
    expect(again.plan.lists).toMatchObject({ files: first.plan.lists.files, written: 0, damaged: 0 });
    expect(again.plan.bundles).toEqual(first.plan.bundles);
  });
});
