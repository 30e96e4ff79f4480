/**
 * The archive as an editor's import leaves it (the real archive plus the messy JSONL fixture,
 * imported by `npm run import` before the build): the search finds the imported articles'
 * people — existing ones and ones the import created — by their names in every case.
 */
import { test, expect } from '../support/test.ts';
import { readArchive, runSearches, searchFor, siteShards } from '../support/search.ts';
import { resultPaths, settled } from '../support/search-page.ts';
import { IMPORTED_ARCHIVE } from '../support/servers.ts';
import { inflectPersonName } from '../../../src/lib/names/person-forms.ts';

test('every person of the imported articles, in every case and in Latin, finds each of their articles', async ({
  page,
}) => {
  test.setTimeout(120_000);
  // Read when the test runs: the archive is made by the server command, after collection.
  const archive = readArchive(IMPORTED_ARCHIVE);
  const people = archive.people.filter((person) =>
    archive.articles.some((article) => article.people.includes(person.id)),
  );
  expect(people.map((person) => person.id)).toEqual(
    expect.arrayContaining(['sergey-lavrov', 'dmitriy-peskov', 'mariya-zakharova', 'elvira-nabiullina']),
  );
  await page.goto('search/');
  const cases = people.flatMap((person) =>
    [
      ...new Set([
        ...inflectPersonName(person.name, person.gender).map((form) => form.text),
        ...(person.nameLatin ? [person.nameLatin] : []),
      ]),
    ].map((query) => ({ person, query })),
  );
  const shards = await siteShards(page);
  const found = await runSearches(
    page,
    cases.map(({ query }) => searchFor(query, archive.names, shards)),
  );
  const misses: string[] = [];
  cases.forEach(({ person, query }, index) => {
    for (const article of archive.articles.filter((candidate) => candidate.people.includes(person.id))) {
      if (!found[index]!.includes(article.path))
        misses.push(`«${query}» (${person.id}) misses ${article.path}`);
    }
  });
  expect(cases.length).toBeGreaterThan(100);
  expect(misses).toEqual([]);
});

for (const [query, expected] of [
  [
    'Марии Захаровой',
    [
      '/2022/05/15/zakharova-otvetila-na-voprosy-o-vstreche-v-dushanbe/',
      '/2022/05/16/brifing-marii-zakharovoy-glavnoe/',
    ],
  ],
  [
    'Пескову',
    [
      '/2022/05/14/peskov-prokommentiroval-itogi-peregovorov/',
      '/2022/05/21/utrenniy-brifing-v-kremle/',
      '/2022/06/16/peskov-rasskazal-o-rabote-foruma-v-sankt-peterburge/',
    ],
  ],
  ['Набиуллиной', ['/2022/06/20/nabiullina-vystupila-na-forume/']],
  [
    'Лавровым',
    ['/2022/05/13/lavrov-obsudil-v-moskve-situatsiyu-v-regione/', '/2022/06/21/lavrov-pribyl-v-baku/'],
  ],
] as const) {
  test(`the search page finds the imported articles about «${query}»`, async ({ page }) => {
    await page.goto(`search/?q=${encodeURIComponent(query)}`);
    await settled(page);
    const paths = await resultPaths(page);
    for (const path of expected) expect(paths).toContainEqual(expect.stringMatching(new RegExp(`${path}$`)));
  });
}
