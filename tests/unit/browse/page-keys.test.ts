/**
 * The keys of the list pages (src/data/page-keys.ts): what changes a page's key and, as much,
 * what does not, so that a daily rebuild re-renders the pages a new article is on and no other.
 */
import { describe, expect, test } from 'vitest';
import type { Archive, ArchiveArticle } from '../../../src/data/archive.ts';
import { archiveIndexKey, entityIndexKey, entityPageKey, listPageKey } from '../../../src/data/page-keys.ts';
import { buildIndexes } from '../../../src/lib/browse/archive-index.ts';
import { paginate, type Page } from '../../../src/lib/browse/pagination.ts';

/** An article of the fake archive: `n` days after 2020-01-01, about Лавров. */
function article(n: number): ArchiveArticle {
  const day = new Date(Date.UTC(2020, 0, 1 + n)).toISOString().slice(0, 10);
  return {
    id: `a${n}`,
    title: `Статья ${n}`,
    date: { day, instant: new Date(`${day}T12:00:00Z`) },
    lead: undefined,
    sourceId: 'tass',
    peopleIds: ['sergey-lavrov'],
    placeIds: ['moskva'],
    path: `/${day.replaceAll('-', '/')}/a${n}/`,
    entry: { digest: `digest-${n}`, data: {} },
  } as unknown as ArchiveArticle;
}

/** An archive of `count` articles, newest first. */
function archiveOf(count: number, lavrov = 'министр иностранных дел России'): Archive {
  const articles = Array.from({ length: count }, (_, index) => article(count - index));
  const places = new Map([['moskva', { name: 'Москва', kind: 'city' }]]);
  return {
    articles,
    people: new Map([['sergey-lavrov', { name: 'Сергей Лавров', description: lavrov }]]),
    places,
    sources: new Map([['tass', { name: 'ТАСС', url: 'https://tass.ru/' }]]),
    ...buildIndexes(articles, places as never),
  } as unknown as Archive;
}

type ListPage = Page<ArchiveArticle>;

/** Each page of Лавров's list by path, with its key. */
const keysOf = (archive: Archive, pageKey: (page: ListPage) => string): Map<string, string> =>
  new Map(paginate(archive.articles, 10, '/people/sergey-lavrov/').map((page) => [page.path, pageKey(page)]));

/** The pages whose key is not what it was (new pages included). */
const changed = (before: Map<string, string>, after: Map<string, string>): string[] =>
  [...after].filter(([path, key]) => before.get(path) !== key).map(([path]) => path);

describe('list and entity page keys', () => {
  test('a new article changes the list’s own page, and no numbered page until a block fills', () => {
    const [before, after] = [archiveOf(45), archiveOf(46)].map((archive) =>
      keysOf(archive, (page) => listPageKey(archive, page)),
    );
    expect(changed(before!, after!)).toEqual(['/people/sergey-lavrov/']);
  });

  test('once a block fills, its page appears and the page before it links to it', () => {
    const [before, after] = [archiveOf(49), archiveOf(51)].map((archive) =>
      keysOf(archive, (page) => listPageKey(archive, page)),
    );
    expect(changed(before!, after!).sort()).toEqual([
      '/people/sergey-lavrov/',
      '/people/sergey-lavrov/page/3/',
      '/people/sergey-lavrov/page/4/',
    ]);
  });

  test('the entity’s totals are on its own page only: a new article changes no numbered page', () => {
    const [before, after] = [archiveOf(45), archiveOf(46)].map((archive) =>
      keysOf(archive, (page) => entityPageKey(archive, 'people', 'sergey-lavrov', page)),
    );
    expect(changed(before!, after!)).toEqual(['/people/sergey-lavrov/']);
  });

  test('what every page of an entity shows changes every key', () => {
    const [before, after] = [archiveOf(45), archiveOf(45, 'бывший министр')].map((archive) =>
      keysOf(archive, (page) => entityPageKey(archive, 'people', 'sergey-lavrov', page)),
    );
    for (const [path, key] of after!) expect(before!.get(path), path).not.toBe(key);
  });
});

describe('index page keys', () => {
  test('the entity index changes with an entity or a count, not with an article alone', () => {
    const key = entityIndexKey(archiveOf(45), 'people');
    expect(entityIndexKey(archiveOf(45), 'people')).toBe(key);
    expect(entityIndexKey(archiveOf(46), 'people')).not.toBe(key);
    expect(entityIndexKey(archiveOf(45, 'бывший министр'), 'people')).not.toBe(key);
  });

  test('the date archive’s index changes with a month’s count', () => {
    expect(archiveIndexKey(archiveOf(45))).toBe(archiveIndexKey(archiveOf(45)));
    expect(archiveIndexKey(archiveOf(46))).not.toBe(archiveIndexKey(archiveOf(45)));
  });
});
