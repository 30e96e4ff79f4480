import { mkdtempSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildSearchIndex, SearchIndexError } from '../../src/integrations/pagefind.ts';

const page = (title: string) =>
  `<!doctype html><html lang="ru"><body><article data-pagefind-body><h1>${title}</h1><p>Сергей Лавров обсудил вопросы.</p></article></body></html>`;

function site(): string {
  const root = mkdtempSync(join(tmpdir(), 'letopis-pagefind-'));
  mkdirSync(join(root, 'a'));
  writeFileSync(join(root, 'a', 'index.html'), page('Первая'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><html lang="ru"><body>Главная</body></html>');
  return root;
}

describe('buildSearchIndex', () => {
  test('indexes directories and single pages into the given bundle path', async () => {
    const root = site();
    const report = await buildSearchIndex({
      directories: [{ path: root }],
      pages: [{ url: '/b/', html: page('Вторая') }],
      outputPath: join(root, 'pagefind'),
    });
    expect(report.pages).toBe(3);
    expect(report.milliseconds).toBeGreaterThanOrEqual(0);
    expect(readdirSync(join(root, 'pagefind'))).toContain('pagefind.js');
  }, 60_000);

  test('fails with a clear error when there is nothing to index', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'letopis-pagefind-empty-'));
    await expect(
      buildSearchIndex({ directories: [{ path: empty }], outputPath: join(empty, 'pagefind') }),
    ).rejects.toThrow(SearchIndexError);
    await expect(
      buildSearchIndex({ directories: [{ path: empty }], outputPath: join(empty, 'pagefind') }),
    ).rejects.toThrow(/no HTML pages in/);
  }, 60_000);
});
