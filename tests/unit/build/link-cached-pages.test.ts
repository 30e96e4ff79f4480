import { existsSync, mkdirSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { removeUnrecorded } from '../../../src/build/link-cached-pages.ts';
import { linkFiles } from '../../../src/lib/link-files.ts';

/** A cache folder holding two pages of the last build, written an hour ago, and an empty output folder. */
function cachedBuild(): { cached: string; outDir: string } {
  const root = mkdtempSync(join(tmpdir(), 'letopis-cached-pages-'));
  const cached = join(root, 'cache', 'dist');
  const outDir = join(root, 'dist');
  const hourAgo = new Date(Date.now() - 3_600_000);
  for (const page of ['2022/05/12/index.html', 'people/ivanov/page/2/index.html']) {
    mkdirSync(join(cached, page, '..'), { recursive: true });
    writeFileSync(join(cached, page), `<h1>${page}</h1>`);
    utimesSync(join(cached, page), hourAgo, hourAgo);
  }
  mkdirSync(outDir);
  return { cached, outDir };
}

describe('removeUnrecorded', () => {
  it('removes the pages the build neither recorded nor wrote, and the folders left empty', () => {
    const { cached, outDir } = cachedBuild();
    const { linked } = linkFiles(cached, outDir);
    const removed = removeUnrecorded(outDir, linked, new Set(['2022/05/12/index.html']), Date.now());
    expect(removed).toBe(1);
    expect(existsSync(join(outDir, '2022', '05', '12', 'index.html'))).toBe(true);
    expect(existsSync(join(outDir, 'people'))).toBe(false);
    // The cache copy is Astro's to prune, not this step's.
    expect(existsSync(join(cached, 'people', 'ivanov', 'page', '2', 'index.html'))).toBe(true);
  });

  it('keeps a page the build wrote over its link, recorded or not', () => {
    const { cached, outDir } = cachedBuild();
    const { linked } = linkFiles(cached, outDir);
    const buildStart = Date.now() - 1000;
    writeFileSync(join(outDir, 'people', 'ivanov', 'page', '2', 'index.html'), '<h1>rendered again</h1>');
    expect(removeUnrecorded(outDir, linked, new Set(), buildStart)).toBe(1);
    expect(readFileSync(join(outDir, 'people', 'ivanov', 'page', '2', 'index.html'), 'utf8')).toBe(
      '<h1>rendered again</h1>',
    );
    expect(existsSync(join(outDir, '2022'))).toBe(false);
  });
});
