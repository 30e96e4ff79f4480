/**
 * The search job on a small content folder, with the real Pagefind: the entity bundle and the
 * year shards it writes, the reuse of unchanged bundles and article texts between builds, and
 * a clear failure when Pagefind cannot write.
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runSearchJob, type SearchJobReport } from '../../src/search/build/search-job.ts';
import { SearchIndexError } from '../../src/search/build/pagefind-bundle.ts';
import { validateContent } from '../../src/lib/validation/validate-content.ts';
import { FIXTURES, makeContent } from '../support/content-fixture.ts';
import { queryStems } from '../../src/search/client/word-stems.ts';
import { WordShards } from '../../src/search/client/word-shards.ts';
import { bucketFile } from '../../src/search/shared/directory.ts';
import { bundleWords } from '../../src/search/build/bundle-words.ts';
import { loadHasher } from '../../src/lib/file-digest.ts';

const hasher = await loadHasher();

const content = makeContent();
const workspace = dirname(content);
afterAll(() => rmSync(workspace, { recursive: true, force: true }));

function article(day: string, slug: string, title: string, body: string, root = content): void {
  const [year, month, dayOfMonth] = day.split('-');
  const file = join(root, 'articles', year!, month!, `${dayOfMonth}-${slug}.md`);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(
    file,
    `---\ntitle: ${title}\ndate: ${day}\nsource: tass\npeople: [sergey-lavrov]\nplaces: [dushanbe]\n---\n\n${body}\n`,
  );
}

const run = (cacheDir: string, indexChunkSize = 20_000, root = content) =>
  runSearchJob(
    {
      cacheDir,
      base: '/',
      maxRecordsPerShard: 2,
      concurrency: 2,
      maxRecordsInFlight: 10,
      indexChunkSize,
      maxListItems: 400,
      firstPages: 8_000,
    },
    // Read again for each run, as each build reads it.
    validateContent(root).content,
    hasher,
  );
const indexChunks = (bundlePath: string) => readdirSync(join(bundlePath, 'index')).length;
const summary = (report: SearchJobReport) =>
  Object.fromEntries(report.bundles.map((bundle) => [bundle.name, bundle.reused ? 'reused' : 'indexed']));
const pageCount = (bundlePath: string) =>
  Object.values(
    (
      JSON.parse(readFileSync(join(bundlePath, 'pagefind-entry.json'), 'utf8')) as {
        languages: Record<string, { page_count: number }>;
      }
    ).languages,
  )[0]?.page_count;

describe('runSearchJob', () => {
  const cacheDir = join(workspace, 'cache');

  it('indexes the entities in their own bundle and the articles in year shards', async () => {
    article('2021-03-01', 'vstrecha', 'Встреча в Душанбе', 'Лавров прибыл в "Душанбе" - столицу.');
    article('2021-04-01', 'peregovory', 'Переговоры', 'Стороны обсудили вопросы.');
    const report = await run(cacheDir);
    expect(summary(report)).toEqual({ entities: 'indexed', '2021': 'indexed', '2022': 'indexed' });
    expect(report.bundles.map((bundle) => [bundle.name, bundle.folder, bundle.records])).toEqual([
      ['entities', '', 4],
      ['2021', 'shards/2021/', 2],
      ['2022', 'shards/2022/', 1],
    ]);
    expect(report.records).toBe(7);
    expect(report.renderedTexts).toBe(3);
    const [entities, shard2021] = report.bundles;
    expect(pageCount(entities!.cachedPath)).toBe(4);
    expect(pageCount(shard2021!.cachedPath)).toBe(2);
    expect(readdirSync(entities!.cachedPath)).toContain('pagefind.js');
  }, 120_000);

  it('reuses every bundle and every article text when nothing changed', async () => {
    const report = await run(cacheDir);
    expect(summary(report)).toEqual({ entities: 'reused', '2021': 'reused', '2022': 'reused' });
    expect(report.renderedTexts).toBe(0);
  }, 120_000);

  it('re-indexes only the shard of a new article, rendering only its text', async () => {
    article('2022-06-01', 'novoe', 'Новое', 'Ещё один текст.');
    const report = await run(cacheDir);
    expect(summary(report)).toEqual({ entities: 'reused', '2021': 'reused', '2022': 'indexed' });
    expect(report.renderedTexts).toBe(1);
  }, 120_000);

  it('writes the word directory: which shards hold each word, found by the stems the browser computes', async () => {
    const report = await run(cacheDir);
    const shards = report.bundles.filter((bundle) => bundle.name !== 'entities').map((bundle) => bundle.name);
    expect(shards).toEqual(['2021', '2022']);
    const directory = new WordShards('/');
    const files = (url: string) => readFileSync(join(report.words.path, url.split('/').at(-1)!), 'utf8');
    const fetch = (url: string) => {
      try {
        return Promise.resolve(new Response(files(url)));
      } catch {
        return Promise.resolve(new Response('', { status: 404 }));
      }
    };
    const realFetch = globalThis.fetch;
    globalThis.fetch = fetch as typeof globalThis.fetch;
    try {
      const manifest = { split: report.words.split };
      expect([...((await directory.shardsFor('встрече', manifest)) ?? [])]).toEqual([0]);
      expect([...((await directory.shardsFor('текстами', manifest)) ?? [])]).toEqual([1]);
      expect(await directory.shardsFor('встрече текстами', manifest)).toEqual(new Set());
      expect(await directory.shardsFor('юрта', manifest)).toBeUndefined();
    } finally {
      globalThis.fetch = realFetch;
    }
    expect(readdirSync(report.words.path)).toContain(`${bucketFile('в')}.json`);
  }, 120_000);

  it('stems a query word as Pagefind stems the text: every word of real articles is found as indexed', async () => {
    const real = join(FIXTURES, 'archive', 'articles');
    const bodies = readdirSync(real, { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.md'))
      .sort()
      .map((name) => readFileSync(join(real, name), 'utf8').split('---').slice(2).join(' '));
    // Link targets, footnote labels, task boxes and HTML are not text: only what the page shows is indexed.
    const text = bodies
      .join('\n\n')
      .replace(/\]\([^)]*\)|<[^>]+>|\[\^[^\]]*\]|\[[ x]\]/gu, ' ')
      .replace(/^#+ /gmu, '');
    // A content folder of its own, so the shards of the tests around it stay as they are.
    const own = makeContent();
    try {
      article('2023-01-01', 'slova', 'Слова', text, own);
      const report = await run(join(dirname(own), 'cache'), 20_000, own);
      const shard = report.bundles.find((bundle) => bundle.years.includes('2023'))!;
      const indexed = new Set(bundleWords(shard.cachedPath));
      const words = text.match(/[\p{L}\p{N}]+/gu) ?? [];
      expect(words.length).toBeGreaterThan(1000);
      const missing = words.filter((word) => !indexed.has(queryStems(word)[0]!));
      expect(missing).toEqual([]);
    } finally {
      rmSync(dirname(own), { recursive: true, force: true });
    }
  }, 120_000);

  it('re-indexes the entity bundle and the shards that name an entity when it is renamed', async () => {
    const people = join(content, 'people.yaml');
    writeFileSync(
      people,
      readFileSync(people, 'utf8').replace('name: Сергей Лавров', 'name: Сергей Лавровский'),
    );
    const report = await run(cacheDir);
    expect(summary(report)).toEqual({ entities: 'indexed', '2021': 'indexed', '2022': 'indexed' });
    expect(report.renderedTexts).toBe(0);
  }, 120_000);

  it('gives Pagefind the index chunk size, and re-indexes every bundle when it changes', async () => {
    const before = await run(cacheDir);
    const chunksBefore = indexChunks(before.bundles[0]!.cachedPath);
    const report = await run(cacheDir, 1);
    expect(summary(report)).toEqual({ entities: 'indexed', '2021': 'indexed', '2022': 'indexed' });
    // One word position per chunk: every word of the entity pages ends a chunk of its own.
    expect(indexChunks(report.bundles[0]!.cachedPath)).toBeGreaterThan(chunksBefore * 5);
  }, 120_000);

  it('indexes again a bundle whose cached files no longer match their digests, and says which', async () => {
    const before = await run(cacheDir);
    expect(before.damagedBundles).toEqual([]);
    const shard = before.bundles.find((bundle) => bundle.name === '2021')!.cachedPath;
    const fragment = join(shard, 'fragment', readdirSync(join(shard, 'fragment'))[0]!);
    const whole = readFileSync(fragment);
    truncateSync(fragment, 3);
    const report = await run(cacheDir);
    expect(summary(report)).toEqual({ entities: 'reused', '2021': 'indexed', '2022': 'reused' });
    expect(report.damagedBundles).toEqual(['2021']);
    expect(readFileSync(fragment)).toEqual(whole);
    expect(report.warnings).toEqual([]);
  }, 120_000);

  it('indexes every bundle again when the record of their digests is cut short, with one warning naming it', async () => {
    const record = join(cacheDir, 'search-index-v5', 'digests.json');
    truncateSync(record, 0);
    const report = await run(cacheDir);
    expect(summary(report)).toEqual({ entities: 'indexed', '2021': 'indexed', '2022': 'indexed' });
    expect(report.warnings).toHaveLength(1);
    expect(report.warnings[0]).toMatch(
      /digests\.json is unreadable \(Unexpected end of JSON input\): every search bundle is indexed again/,
    );
  }, 120_000);

  it('fails with a SearchIndexError when Pagefind cannot write a bundle', async () => {
    const blocked = join(workspace, 'blocked-cache');
    // A file where the bundles folder should be: Pagefind's process cannot create it and stops.
    mkdirSync(join(blocked, 'search-index-v5'), { recursive: true });
    writeFileSync(join(blocked, 'search-index-v5', 'bundles'), '');
    await expect(run(blocked)).rejects.toThrow(SearchIndexError);
  }, 120_000);
});
