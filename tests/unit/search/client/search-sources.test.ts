import { afterEach, describe, expect, test, vi } from 'vitest';
import { NameIndex } from '../../../../src/lib/names/name-index.ts';
import { understandQuery } from '../../../../src/search/client/query.ts';
import { SearchSources } from '../../../../src/search/client/search-sources.ts';
import { parseState } from '../../../../src/search/client/url-state.ts';
import { bucketFile, type NameBucketJson } from '../../../../src/search/shared/directory.ts';
import type { EntityListJson, ListItem } from '../../../../src/search/shared/list-format.ts';
import { NAMESAKES } from '../namesakes.ts';

const index = new NameIndex(NAMESAKES, []);
const displayNames = new Map(NAMESAKES.map(([id, person]) => [id, person.name]));

/** The files a build under `/letopis/` wrote: the name buckets and Лавров's list. */
const files = new Map<string, unknown>();
for (const [bucket, table] of index.toBuckets())
  files.set(`/letopis/search/names/${bucketFile(bucket)}.json`, {
    table,
    names: table.map(([, id]) => displayNames.get(id) ?? id),
  } satisfies NameBucketJson);
const item = (path: string, title: string, at: number, own: 0 | 1): ListItem => [
  path,
  title,
  at,
  '12 мая 2022',
  'ТАСС',
  'Глава МИД России Сергей Лавров…',
  1,
  own,
];
files.set('/letopis/search/lists/people/sergey-lavrov.json', {
  card: { path: '/people/sergey-lavrov/', title: 'Сергей Лавров', kind: 'person' },
  count: 2,
  items: [
    item('/2022/05/12/lavrov-v-dushanbe/', 'Лавров прибыл в Душанбе', 2, 1),
    item('/2022/05/11/peregovory/', 'Переговоры «по существу»', 1, 0),
  ],
} satisfies EntityListJson);

describe('SearchSources', () => {
  afterEach(() => vi.unstubAllGlobals());
  const fetched: string[] = [];
  const stubFetch = () =>
    vi.stubGlobal('fetch', (url: string) => {
      fetched.push(url);
      const file = files.get(url);
      return Promise.resolve(
        new Response(file ? JSON.stringify(file) : 'not found', { status: file ? 200 : 404 }),
      );
    });

  test('a name alone is answered from its list under the base, without Pagefind', async () => {
    stubFetch();
    const sources = new SearchSources('/letopis', index.toBuckets().keys());
    expect(sources.base).toBe('/letopis/');
    const state = parseState('?q=Сергея Лаврова');
    await sources.names.prepare(state.q);
    const found = await sources.answer(state, understandQuery(state.q, sources.names));
    expect(found?.firstPage.map((data) => [data.url, data.meta['title']])).toEqual([
      ['/letopis/2022/05/12/lavrov-v-dushanbe/', 'Лавров прибыл в Душанбе'],
      ['/letopis/2022/05/11/peregovory/', 'Переговоры «по существу»'],
    ]);
    expect(found?.cardData.map((data) => data.url)).toEqual(['/letopis/people/sergey-lavrov/']);
    expect(found?.tagged).toBe(1);
    expect(
      fetched.every(
        (url) => url.startsWith('/letopis/search/names/') || url.startsWith('/letopis/search/lists/'),
      ),
    ).toBe(true);
    expect(fetched).toContain('/letopis/search/lists/people/sergey-lavrov.json');
    expect(sources.names.nameOf('people', 'sergey-lavrov')).toBe('Сергей Лавров');
  });

  test('asks for no name bucket the build did not write', async () => {
    stubFetch();
    fetched.length = 0;
    const sources = new SearchSources(
      '/letopis/',
      [...index.toBuckets().keys()].filter((bucket) => bucket !== 'се'),
    );
    await sources.names.prepare('Сергея Лаврова');
    expect(fetched).toEqual([`/letopis/search/names/${bucketFile('ла')}.json`]);
  });
});
