import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  truncateSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  finishCachedPages,
  linkCachedPages,
  PAGE_DIGESTS_FILE,
  removeUnrecorded,
} from '../../../src/build/link-cached-pages.ts';
import { loadHasher } from '../../../src/lib/file-digest.ts';
import { MANIFEST_FILE } from '../../../src/lib/incremental-manifest.ts';
import { linkFiles } from '../../../src/lib/link-files.ts';

const hasher = await loadHasher();
const PAGES = ['2022/05/12/index.html', 'people/ivanov/page/2/index.html'];

/** A cache folder holding two pages of the last build, written an hour ago, and an empty output folder. */
function cachedBuild(): { cached: string; outDir: string } {
  const root = mkdtempSync(join(tmpdir(), 'letopis-cached-pages-'));
  const cached = join(root, 'cache', 'dist');
  const outDir = join(root, 'dist');
  const hourAgo = new Date(Date.now() - 3_600_000);
  for (const page of PAGES) {
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

/** `cachedBuild()` with Astro's manifest recording its pages and their digests recorded. */
function recordedBuild() {
  const { cached, outDir } = cachedBuild();
  const cacheDir = join(cached, '..');
  const paths = Object.fromEntries(PAGES.map((page) => [`/${page}`, { cacheKey: 'k', outputFile: page }]));
  writeFileSync(
    join(cacheDir, MANIFEST_FILE),
    JSON.stringify({ version: 1, routes: { 'r.astro': { paths } } }),
  );
  const pages = Object.fromEntries(PAGES.map((page) => [page, hasher.fileDigest(join(cached, page))]));
  writeFileSync(join(cacheDir, PAGE_DIGESTS_FILE), JSON.stringify({ pages }));
  return { cached, cacheDir, outDir };
}

describe('linkCachedPages', () => {
  it('links the copies that match their digests, and deletes the others for Astro to render', () => {
    const { cached, cacheDir, outDir } = recordedBuild();
    truncateSync(join(cached, PAGES[1]!), 5);
    const warnings: string[] = [];
    const pages = linkCachedPages(cacheDir, outDir, hasher, (line) => warnings.push(line));
    expect(pages.linked).toEqual([PAGES[0]]);
    expect(pages.damaged).toEqual([PAGES[1]]);
    expect([...pages.verified.keys()]).toEqual([PAGES[0]]);
    expect(existsSync(join(cached, PAGES[1]!))).toBe(false);
    expect(statSync(join(outDir, PAGES[0]!)).ino).toBe(statSync(join(cached, PAGES[0]!)).ino);
    expect(warnings).toEqual([]);
  });

  it('sets every copy aside when its digests cannot be read, or Astro’s manifest cannot', () => {
    for (const damage of [PAGE_DIGESTS_FILE, MANIFEST_FILE]) {
      const { cacheDir, outDir } = recordedBuild();
      truncateSync(join(cacheDir, damage), 7);
      const warnings: string[] = [];
      const pages = linkCachedPages(cacheDir, outDir, hasher, (line) => warnings.push(line));
      expect(pages.linked).toEqual([]);
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toContain(join(cacheDir, damage));
      expect(existsSync(join(cacheDir, 'dist'))).toBe(false);
      expect(pages.setAside).toHaveLength(1);
      expect(readdirSync(pages.setAside[0]!, { recursive: true })).toContain('2022/05/12/index.html');
    }
  });

  it('after the build records the digests of the pages written and of those checked', () => {
    const { cached, cacheDir, outDir } = recordedBuild();
    const startedAt = Date.now() - 1000;
    const pages = linkCachedPages(cacheDir, outDir, hasher, () => {});
    writeFileSync(join(cacheDir, MANIFEST_FILE), readFileSync(join(cacheDir, MANIFEST_FILE)));
    const written = new Map([[PAGES[1]!, hasher.digest('rendered again')]]);
    expect(finishCachedPages(cacheDir, outDir, pages, written, startedAt)).toEqual({
      removed: 0,
      undigested: 0,
    });
    const record = JSON.parse(readFileSync(join(cacheDir, PAGE_DIGESTS_FILE), 'utf8')) as {
      pages: Record<string, string>;
    };
    expect(record.pages).toEqual({
      [PAGES[0]!]: hasher.fileDigest(join(cached, PAGES[0]!)),
      [PAGES[1]!]: hasher.digest('rendered again'),
    });
  });
});
