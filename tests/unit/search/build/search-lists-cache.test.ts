import { mkdtempSync, readFileSync, readdirSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { updateSearchLists, type ListsCache } from '../../../../src/search/build/search-lists-cache.ts';
import { loadHasher } from '../../../../src/lib/file-digest.ts';
import type { ListedArticle, ListedEntity } from '../../../../src/search/build/list-input.ts';
import type { WholeList } from '../../../../src/search/shared/list-format.ts';

const person = (id: string, name: string): ListedEntity => ({
  kind: 'people',
  id,
  card: { path: `/people/${id}/`, title: name, kind: 'person' },
  forms: [name, name.split(' ')[1]!],
});
const entities = [person('sergey-lavrov', 'Сергей Лавров'), person('ilkham-aliev', 'Ильхам Алиев')];

function article(
  path: string,
  month: number,
  text: string,
  people: string[],
  mentions: string[] = [],
): ListedArticle {
  return {
    path,
    title: path,
    lead: undefined,
    text,
    at: Date.UTC(2022, month - 1, 10),
    date: `10.${month}.2022`,
    source: 'ТАСС',
    day: { year: 2022, month, day: 10 },
    mentioned: [],
    years: [[2022, 1]],
    entities: people.map((id) => `people/${id}`),
    mentions: mentions.map((id) => `people/${id}`),
  };
}

const hasher = await loadHasher();
/** The lists at `root` with their manifest at `manifestFile`; warnings go to `warnings`. */
const cacheAt = (root: string, manifestFile: string, warnings: string[] = []): ListsCache => ({
  root,
  manifestFile,
  hasher,
  warn: (line) => warnings.push(line),
});

const folders: string[] = [];
afterEach(() => folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true })));

/** Every file of a lists folder and its text. */
function read(root: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(root, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.json'))
      .sort()
      .map((file) => [file, readFileSync(join(root, file), 'utf8')]),
  );
}

function update(articles: ListedArticle[], code = 'v1') {
  const scratch = mkdtempSync(join(tmpdir(), 'letopis-lists-'));
  folders.push(scratch);
  return (root = join(scratch, 'lists'), manifest = join(scratch, 'manifest.json')) => ({
    ...updateSearchLists(cacheAt(root, manifest), entities, articles, code),
    root,
    manifest,
  });
}

const before = [
  article('/a/', 5, 'Лавров прибыл.', ['sergey-lavrov']),
  article('/b/', 6, 'Алиев прибыл.', ['ilkham-aliev']),
  article('/c/', 7, 'Лавров и Алиев.', ['sergey-lavrov', 'ilkham-aliev']),
];

describe('updateSearchLists', () => {
  test('a rebuild after one new article writes only its lists, and they equal a clean build', () => {
    const first = update(before)();
    // Two people, three months, their three days, those days of every year, one year.
    expect(first.written).toBe(12);
    const after = [...before, article('/d/', 5, 'Снова Лавров.', ['sergey-lavrov'])];
    const again = updateSearchLists(cacheAt(first.root, first.manifest), entities, after, 'v1');
    // Лавров's list, May's, 10 May's (that year's and every year's) and 2022's; Алиев's, June's
    // and July's are left as they were.
    expect(again.written).toBe(5);
    expect(read(first.root)).toEqual(read(update(after)().root));
  });

  test('an article taken down or moved leaves every list it was in, and an empty month or day has no file', () => {
    const first = update(before)();
    const after = [before[0]!, { ...before[2]!, entities: ['people/ilkham-aliev'] }];
    updateSearchLists(cacheAt(first.root, first.manifest), entities, after, 'v1');
    const files = read(first.root);
    expect(Object.keys(files)).not.toContain('months/2022-06.json');
    expect(Object.keys(files)).not.toContain('days/2022-06-10.json');
    // The calendar says so too: the page asks for neither.
    expect(JSON.parse(files['dates.json']!)).toEqual({
      months: { '2022-05': 1 << 9, '2022-07': 1 << 9 },
      years: [2022],
      yearly: { '05': 1 << 9, '07': 1 << 9 },
    });
    expect(files).toEqual(read(update(after)().root));
  });

  test('an article whose text comes to mention a person rewrites that person’s list', () => {
    const first = update(before)();
    const after = [
      before[0]!,
      article('/b/', 6, 'Алиев и Лавров.', ['ilkham-aliev'], ['sergey-lavrov']),
      before[2]!,
    ];
    const again = updateSearchLists(cacheAt(first.root, first.manifest), entities, after, 'v1');
    // Лавров's list, and /b/'s own: Алиев's, June's, 10 June's (that year's and every year's), 2022's.
    expect(again.written).toBe(6);
    const { items } = JSON.parse(read(first.root)['people/sergey-lavrov.json']!) as WholeList;
    expect(items.map((item) => [item[0], item[7]])).toEqual([
      ['/c/', 1],
      ['/b/', 0],
      ['/a/', 1],
    ]);
    expect(read(first.root)).toEqual(read(update(after)().root));
  });

  test('an article naming one of the people who share a name rewrites their shared list whole', () => {
    const aliev = { ...entities[1]!, forms: ['Ильхам Алиев', 'Алиев', 'Алиева'] };
    const alieva = { ...person('elmira-alieva', 'Эльмира Алиева'), forms: ['Эльмира Алиева', 'Алиева'] };
    const sharing = [entities[0]!, aliev, alieva];
    const scratch = mkdtempSync(join(tmpdir(), 'letopis-lists-'));
    folders.push(scratch);
    const [root, manifest] = [join(scratch, 'lists'), join(scratch, 'manifest.json')];
    const first = [...before, article('/e/', 8, 'Алиева прибыла.', ['elmira-alieva'])];
    updateSearchLists(cacheAt(root, manifest), sharing, first, 'v1');
    const after = [...first, article('/f/', 8, 'Снова Алиев.', ['ilkham-aliev'])];
    // Алиев's list, the shared one, August's, 10 August's (that year's and every year's) and 2022's.
    expect(updateSearchLists(cacheAt(root, manifest), sharing, after, 'v1').written).toBe(6);
    const shared = Object.entries(read(root)).find(([file]) => file.startsWith('shared/'));
    const { items } = JSON.parse(shared![1]) as WholeList;
    expect(items.map((item) => item[0])).toEqual(['/f/', '/e/', '/c/', '/b/']);
    const clean = join(scratch, 'clean');
    updateSearchLists(cacheAt(clean, join(scratch, 'clean.json')), sharing, after, 'v1');
    expect(read(root)).toEqual(read(clean));
  });

  test('other code, another person or another list length rebuilds every list', () => {
    const first = update(before)();
    expect(updateSearchLists(cacheAt(first.root, first.manifest), entities, before, 'v1').written).toBe(0);
    expect(updateSearchLists(cacheAt(first.root, first.manifest), entities, before, 'v2').written).toBe(12);
    const more = [...entities, person('nikol-pashinyan', 'Никол Пашинян')];
    expect(updateSearchLists(cacheAt(first.root, first.manifest), more, before, 'v2').written).toBe(13);
    const short = updateSearchLists(cacheAt(first.root, first.manifest), more, before, 'v2', 1);
    expect(short.written).toBe(13);
    // Лавров's two articles no longer fit a list of one: it holds its first pages.
    expect(JSON.parse(read(first.root)['people/sergey-lavrov.json']!)).toHaveProperty('first');
  });

  test('a list that no longer matches its digest is built again, and only it', () => {
    const first = update(before)();
    const clean = read(first.root);
    truncateSync(join(first.root, 'people/sergey-lavrov.json'), 10);
    writeFileSync(join(first.root, 'months/2022-06.json'), clean['months/2022-06.json']!.replace('b', 'x'));
    rmSync(join(first.root, 'days/2022-07-10.json'));
    writeFileSync(join(first.root, 'people/stray.json'), '{}');
    const again = updateSearchLists(cacheAt(first.root, first.manifest), entities, before, 'v1');
    expect(again.damaged).toBe(4);
    expect(again.written).toBe(4);
    expect(read(first.root)).toEqual(clean);
    expect(updateSearchLists(cacheAt(first.root, first.manifest), entities, before, 'v1').damaged).toBe(0);
  });

  test('a truncated or garbled manifest rebuilds every list, with one warning naming it', () => {
    const first = update(before)();
    const clean = read(first.root);
    truncateSync(first.manifest, 40);
    const warnings: string[] = [];
    const again = updateSearchLists(cacheAt(first.root, first.manifest, warnings), entities, before, 'v1');
    expect(again.written).toBe(12);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(first.manifest);
    expect(warnings[0]).toMatch(/unreadable .*every name and date list is built again/);
    writeFileSync(first.manifest, '{"basis": 1}');
    updateSearchLists(cacheAt(first.root, first.manifest, warnings), entities, before, 'v1');
    expect(warnings[1]).toMatch(/not the shape this build writes/);
    expect(read(first.root)).toEqual(clean);
  });
});
