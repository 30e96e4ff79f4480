import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { linkFiles } from '../../../src/lib/link-files.ts';

/** A cache folder holding two pages in nested folders, and an empty output folder. */
function cachedBuild(): { cached: string; outDir: string } {
  const root = mkdtempSync(join(tmpdir(), 'letopis-link-files-'));
  const cached = join(root, 'cache', 'dist');
  const outDir = join(root, 'dist');
  for (const page of ['2022/05/12/index.html', 'people/ivanov/page/2/index.html']) {
    mkdirSync(join(cached, page, '..'), { recursive: true });
    writeFileSync(join(cached, page), `<h1>${page}</h1>`);
  }
  mkdirSync(outDir);
  return { cached, outDir };
}

describe('linkFiles', () => {
  it('links every file into the other folder, the same file under both names', () => {
    const { cached, outDir } = cachedBuild();
    const { linked, failure } = linkFiles(cached, outDir);
    expect(failure).toBeUndefined();
    expect(linked.sort()).toEqual([
      join('2022', '05', '12', 'index.html'),
      join('people', 'ivanov', 'page', '2', 'index.html'),
    ]);
    const page = join('2022', '05', '12', 'index.html');
    expect(readFileSync(join(outDir, page), 'utf8')).toBe('<h1>2022/05/12/index.html</h1>');
    expect(statSync(join(outDir, page)).ino).toBe(statSync(join(cached, page)).ino);
  });

  it('links nothing when the folder is missing', () => {
    const { cached, outDir } = cachedBuild();
    expect(linkFiles(join(cached, 'missing'), outDir)).toEqual({ linked: [] });
  });

  it('links only the listed paths, skipping those the folder lacks', () => {
    const { cached, outDir } = cachedBuild();
    const page = join('2022', '05', '12', 'index.html');
    const { linked, failure } = linkFiles(cached, outDir, ['2022/05/12/index.html', 'gone/index.html']);
    expect(failure).toBeUndefined();
    expect(linked).toEqual([page]);
    expect(statSync(join(outDir, page)).ino).toBe(statSync(join(cached, page)).ino);
    expect(existsSync(join(outDir, 'people'))).toBe(false);
  });
});
