import { lstatSync, mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CHUNKED_STORAGE_FROM, floorSiteFiles, writeFloorSite } from '../../../scripts/bench/floor-site.ts';

const root = mkdtempSync(join(tmpdir(), 'letopis-floor-test-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('floorSiteFiles', () => {
  const files = floorSiteFiles('/tmp/bench/content/articles', 20_000);

  it('is a bare Astro site: one page per article, an index, Astro’s own Markdown processor', () => {
    expect(Object.keys(files).sort()).toEqual([
      'astro.config.mjs',
      'package.json',
      'src/content.config.ts',
      'src/layouts/Page.astro',
      'src/pages/[...slug].astro',
      'src/pages/index.astro',
    ]);
    // No processor, no integration: Astro 7's default, Satteri, renders the Markdown.
    expect(files['astro.config.mjs']).not.toMatch(/markdown|integrations|processor/);
    expect(files['src/content.config.ts']).toContain(`glob({ base: "/tmp/bench/content/articles"`);
    expect(files['src/pages/[...slug].astro']).toContain('await render(entry)');
  });

  it('is in Russian, so stock Pagefind stems the words as Letopis’s index does', () => {
    expect(files['src/layouts/Page.astro']).toContain('<html lang="ru">');
  });

  it('stores a collection of 100,000 articles in chunks, a smaller one in Astro’s default single file', () => {
    expect(files['astro.config.mjs']).not.toContain('collectionStorage');
    const large = floorSiteFiles('/tmp/bench/content/articles', 100_000);
    expect(large['astro.config.mjs']).toContain("experimental: { collectionStorage: 'chunked' }");
    expect(floorSiteFiles('/tmp/a', CHUNKED_STORAGE_FROM - 1)['astro.config.mjs']).not.toContain('chunked');
  });

  it('keeps its caches in its own folder', () => {
    expect(files['astro.config.mjs']).toContain("cacheDir: './cache'");
    expect(files['astro.config.mjs']).toContain("vite: { cacheDir: './cache/vite' }");
  });
});

describe('writeFloorSite', () => {
  it('writes the files and links the project’s node_modules', () => {
    const folder = join(root, 'floor');
    const project = join(import.meta.dirname, '..', '..', '..');
    writeFloorSite(folder, '/tmp/articles', 1000, project);
    expect(readFileSync(join(folder, 'src/pages/index.astro'), 'utf8')).toContain(
      "getCollection('articles')",
    );
    expect(lstatSync(join(folder, 'node_modules')).isSymbolicLink()).toBe(true);
    expect(realpathSync(join(folder, 'node_modules'))).toBe(realpathSync(join(project, 'node_modules')));
  });
});
