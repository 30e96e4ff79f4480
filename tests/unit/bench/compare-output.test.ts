import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compareOutputs, MAX_LISTED } from '../../../scripts/bench/compare-output.ts';

const root = mkdtempSync(join(tmpdir(), 'letopis-compare-test-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function site(name: string, files: Record<string, string>): string {
  const folder = join(root, name);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), text);
  }
  return folder;
}

describe('compareOutputs', () => {
  it('finds two equal folders equal', () => {
    const files = { 'index.html': '<h1>Архив</h1>', 'search/lists/shared/a.json': '[4]' };
    expect(compareOutputs(site('a1', files), site('a2', files))).toEqual({
      files: 2,
      equal: true,
      differing: [],
      onlyInRebuild: [],
      onlyInClean: [],
      differingCount: 0,
    });
  });

  it('names the files that differ by a byte or are in one folder only', () => {
    const rebuild = site('b1', {
      'index.html': 'x',
      'search/lists/shared/a.json': '[5]',
      'stale/index.html': 's',
    });
    const clean = site('b2', {
      'index.html': 'x',
      'search/lists/shared/a.json': '[4]',
      'page/2/index.html': 'p',
    });
    expect(compareOutputs(rebuild, clean)).toEqual({
      files: 3,
      equal: false,
      differing: ['search/lists/shared/a.json'],
      onlyInRebuild: ['stale/index.html'],
      onlyInClean: ['page/2/index.html'],
      differingCount: 3,
    });
  });

  it('lists at most MAX_LISTED files of each kind but counts them all', () => {
    const many = Object.fromEntries(Array.from({ length: MAX_LISTED + 5 }, (_, i) => [`p${i}.html`, `${i}`]));
    const other = Object.fromEntries(Object.keys(many).map((file) => [file, 'changed']));
    const comparison = compareOutputs(site('c1', many), site('c2', other));
    expect(comparison.differing).toHaveLength(MAX_LISTED);
    expect(comparison.differingCount).toBe(MAX_LISTED + 5);
  });
});
