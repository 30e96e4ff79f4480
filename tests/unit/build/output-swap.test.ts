import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  NEW_OUTPUT_PREFIX,
  OLD_OUTPUT_PREFIX,
  prepareStaging,
  publishStaging,
  publishedFolder,
  stagingFolder,
} from '../../../src/build/output-swap.ts';

/** A folder with a built site in `dist/`; a pid no process has. */
function builtSite(): { parent: string; outDir: string } {
  const parent = mkdtempSync(join(tmpdir(), 'letopis-swap-'));
  const outDir = join(parent, 'dist');
  mkdirSync(join(outDir, '2022', '05'), { recursive: true });
  writeFileSync(join(outDir, 'index.html'), 'old');
  writeFileSync(join(outDir, '2022', '05', 'index.html'), 'old');
  return { parent, outDir };
}
const DEAD_PID = 2 ** 22 + 1;

describe('the staged output', () => {
  it('is written beside the output, which it replaces whole only when published', () => {
    const { parent, outDir } = builtSite();
    const staging = stagingFolder(outDir);
    expect(staging).toBe(join(parent, `${NEW_OUTPUT_PREFIX}dist-${process.pid}`));
    expect(publishedFolder(staging)).toBe(outDir);
    expect(publishedFolder(outDir)).toBe(outDir);
    expect(prepareStaging(outDir, staging)).toEqual([]);
    writeFileSync(join(staging, 'index.html'), 'new');
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('old');
    const old = publishStaging(staging, outDir)!;
    expect(readdirSync(outDir)).toEqual(['index.html']);
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('new');
    expect(old).toMatch(new RegExp(`/\\${OLD_OUTPUT_PREFIX}dist-${process.pid}-\\d+$`));
    expect(readFileSync(join(old, '2022', '05', 'index.html'), 'utf8')).toBe('old');
    expect(existsSync(staging)).toBe(false);
  });

  it('keeps the output’s .git folder (a deploy checkout), and publishes where there was no output', () => {
    const { parent, outDir } = builtSite();
    mkdirSync(join(outDir, '.git'));
    writeFileSync(join(outDir, '.git', 'HEAD'), 'ref: refs/heads/gh-pages\n');
    const staging = stagingFolder(outDir);
    prepareStaging(outDir, staging);
    publishStaging(staging, outDir);
    expect(readdirSync(outDir)).toEqual(['.git']);
    expect(readFileSync(join(outDir, '.git', 'HEAD'), 'utf8')).toContain('gh-pages');
    const fresh = join(parent, 'never-built');
    prepareStaging(fresh, stagingFolder(fresh));
    expect(publishStaging(stagingFolder(fresh), fresh)).toBeUndefined();
    expect(existsSync(fresh)).toBe(true);
  });

  it('hands over the leftovers of stopped builds, but not a running build’s staging folder', () => {
    const { parent, outDir } = builtSite();
    const leftovers = [
      join(parent, `${OLD_OUTPUT_PREFIX}dist-${DEAD_PID}-1`),
      join(parent, `${NEW_OUTPUT_PREFIX}dist-${DEAD_PID}`),
    ];
    for (const folder of leftovers) mkdirSync(join(folder, 'x'), { recursive: true });
    const running = join(parent, `${NEW_OUTPUT_PREFIX}dist-${process.ppid}`);
    const otherOutput = join(parent, `${OLD_OUTPUT_PREFIX}other-${DEAD_PID}-1`);
    mkdirSync(running);
    mkdirSync(otherOutput);
    const staging = stagingFolder(outDir);
    writeFileSync(join(parent, 'stray'), '');
    expect(prepareStaging(outDir, staging).sort()).toEqual(leftovers.sort());
    expect(readdirSync(staging)).toEqual([]);
  });

  it('puts back an output whose swap was stopped between its two renames, with its .git', () => {
    const { parent, outDir } = builtSite();
    // Stopped after the output went aside and its .git moved into the new output.
    const aside = join(parent, `${OLD_OUTPUT_PREFIX}dist-${DEAD_PID}-5`);
    const stopped = join(parent, `${NEW_OUTPUT_PREFIX}dist-${DEAD_PID}`);
    mkdirSync(join(stopped, '.git'), { recursive: true });
    writeFileSync(join(stopped, 'index.html'), 'half');
    renameSync(outDir, aside);
    const staging = stagingFolder(outDir);
    expect(prepareStaging(outDir, staging)).toEqual([stopped]);
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('old');
    expect(existsSync(join(outDir, '.git'))).toBe(true);
    expect(existsSync(aside)).toBe(false);
  });
});
