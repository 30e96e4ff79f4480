import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clearOutput, OLD_OUTPUT_PREFIX } from '../../../src/build/clear-output.ts';

function builtSite(): { parent: string; outDir: string } {
  const parent = mkdtempSync(join(tmpdir(), 'letopis-fresh-'));
  const outDir = join(parent, 'dist');
  mkdirSync(join(outDir, '2022', '05'), { recursive: true });
  writeFileSync(join(outDir, 'index.html'), 'old');
  writeFileSync(join(outDir, '2022', '05', 'index.html'), 'old');
  return { parent, outDir };
}

describe('clearOutput', () => {
  it('leaves an empty output folder at once and deletes the old one in the background', async () => {
    const { parent, outDir } = builtSite();
    const deletion = clearOutput(outDir);
    expect(readdirSync(outDir)).toEqual([]);
    await deletion;
    expect(readdirSync(parent)).toEqual(['dist']);
  });

  it('keeps a .git folder in the output (a deploy checkout)', async () => {
    const { outDir } = builtSite();
    mkdirSync(join(outDir, '.git'));
    writeFileSync(join(outDir, '.git', 'HEAD'), 'ref: refs/heads/gh-pages\n');
    await clearOutput(outDir);
    expect(readdirSync(outDir)).toEqual(['.git']);
    expect(existsSync(join(outDir, '.git', 'HEAD'))).toBe(true);
  });

  it('deletes what a stopped build left aside, and copes with no output folder yet', async () => {
    const { parent, outDir } = builtSite();
    const leftover = join(parent, `${OLD_OUTPUT_PREFIX}dist-1-2`);
    mkdirSync(join(leftover, 'x'), { recursive: true });
    const unrelated = join(parent, `${OLD_OUTPUT_PREFIX}other-1-2`);
    mkdirSync(unrelated);
    await clearOutput(outDir);
    expect(readdirSync(parent).sort()).toEqual([`${OLD_OUTPUT_PREFIX}other-1-2`, 'dist']);
    await clearOutput(join(parent, 'never-built'));
    expect(existsSync(join(parent, 'never-built'))).toBe(false);
  });
});
