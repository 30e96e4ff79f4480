/**
 * The sharded, incremental index on a tiny built site, with the real Pagefind: the newest year
 * shard is the primary bundle and holds the pages that are not articles, older shards are
 * listed in shards.json, and a rebuild re-indexes only the shards whose pages changed.
 */
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildShardedIndex, type ShardManifest } from '../../../src/integrations/search-shards.ts';

const root = mkdtempSync(join(tmpdir(), 'letopis-shards-'));
const outDir = join(root, 'dist');
const cacheDir = join(root, 'cache');
afterAll(() => rmSync(root, { recursive: true, force: true }));

function page(path: string, text: string): void {
  const file = join(outDir, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(
    file,
    `<html lang="ru"><body><main data-pagefind-body><h1>${text}</h1><p>${text}</p></main></body></html>`,
  );
}

const build = () =>
  buildShardedIndex({
    outDir,
    cacheDir,
    maxPagesPerShard: 2,
    concurrency: 2,
    maxPagesInFlight: 10,
    log: () => {},
  });
const summary = (report: Awaited<ReturnType<typeof build>>) =>
  Object.fromEntries(report.shards.map((shard) => [shard.name, shard.reused ? 'reused' : 'indexed']));

describe('buildShardedIndex', () => {
  it('writes the newest shard at the root with the other pages, re-indexing only what changed', async () => {
    page('2001/01/01/a/index.html', 'Первая статья');
    page('2001/02/01/b/index.html', 'Вторая статья');
    page('2002/01/01/c/index.html', 'Третья статья');
    page('people/lavrov/index.html', 'Сергей Лавров');

    expect(summary(await build())).toEqual({ '2002': 'indexed', '2001': 'indexed' });
    const manifest = JSON.parse(readFileSync(join(outDir, 'pagefind/shards.json'), 'utf8')) as ShardManifest;
    expect(manifest.shards).toEqual([{ name: '2001', path: 'shards/2001/', pages: 2 }]);
    expect(existsSync(join(outDir, 'pagefind/pagefind.js'))).toBe(true);
    const entry = (folder: string) =>
      JSON.parse(readFileSync(join(outDir, 'pagefind', folder, 'pagefind-entry.json'), 'utf8')) as {
        languages: Record<string, { page_count: number }>;
      };
    expect(Object.values(entry('').languages)[0]?.page_count).toBe(2);
    expect(Object.values(entry('shards/2001').languages)[0]?.page_count).toBe(2);

    // Nothing changed: both bundles are copied back from the cache.
    expect(summary(await build())).toEqual({ '2002': 'reused', '2001': 'reused' });

    // A person page changed (a new article in the newest year would do the same): one shard.
    page('people/lavrov/index.html', 'Сергей Викторович Лавров');
    expect(summary(await build())).toEqual({ '2002': 'indexed', '2001': 'reused' });
    expect(existsSync(join(outDir, 'pagefind/shards/2001/pagefind-entry.json'))).toBe(true);
  }, 60_000);
});
