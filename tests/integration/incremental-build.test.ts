/**
 * A rebuild that reuses pages from Astro's incremental cache gives exactly the site a clean
 * build of the same content gives. This is what keeps the pages' `cacheKey`s honest
 * (src/data/page-keys.ts, src/lib/cache-key.ts): a key that misses something a page shows
 * would leave that page stale after the edit below.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { fingerprint, PROJECT_ROOT, runScript } from '../support/editorial-cli.ts';

const work = mkdtempSync(join(tmpdir(), 'letopis-incremental-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function build(content: string, outDir: string, cacheDir: string): string {
  const result = runScript('build', [], {
    LETOPIS_CONTENT: content,
    LETOPIS_OUT_DIR: outDir,
    LETOPIS_CACHE_DIR: cacheDir,
    FORCE_COLOR: '0',
    NO_COLOR: '1',
  });
  expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
  return result.stdout;
}

/** The edit an editor makes between two builds: a new article, and a place renamed. */
function edit(content: string): void {
  mkdirSync(join(content, 'articles/2021/03'), { recursive: true });
  writeFileSync(
    join(content, 'articles/2021/03/15-novaya-statya-dlya-proverki-peresborki.md'),
    [
      '---',
      'title: "Новая статья для проверки пересборки"',
      'date: 2021-03-15',
      'source: tass',
      'people: [ilkham-aliev]',
      'places: [moskva]',
      '---',
      '',
      'Ильхам Алиев прибыл в Москву. Визит продлится до 17 марта.',
      '',
    ].join('\n'),
  );
  const places = join(content, 'places.yaml');
  writeFileSync(places, readFileSync(places, 'utf8').replace('name: Санкт-Петербург', 'name: Петроград'));
}

test('a rebuild after an edit equals a clean build of the edited content, page for page', () => {
  const content = join(work, 'content');
  cpSync(join(PROJECT_ROOT, 'tests/fixtures/archive'), content, { recursive: true });
  const incremental = { out: join(work, 'incremental'), cache: join(work, 'incremental-cache') };
  build(content, incremental.out, incremental.cache);
  edit(content);
  const rebuildLog = build(content, incremental.out, incremental.cache);
  const clean = { out: join(work, 'clean'), cache: join(work, 'clean-cache') };
  build(content, clean.out, clean.cache);

  // The rebuild must really have reused pages, or this test proves nothing.
  const reused = rebuildLog.split('\n').filter((line) => /\((cached|restored)\)/.test(line));
  expect(reused.length).toBeGreaterThan(20);
  expect(reused.some((line) => /\/people\//.test(line))).toBe(true);
  expect(reused.some((line) => /\/\d{4}\/\d{2}\/\d{2}\/index\.html/.test(line))).toBe(true);

  const cleanHashes = fingerprint(clean.out);
  expect(cleanHashes['places/sankt-peterburg/index.html']).toBeDefined();
  expect(fingerprint(incremental.out)).toEqual(cleanHashes);
}, 900_000);
