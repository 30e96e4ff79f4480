/**
 * The real commands on bad content and bad settings: `astro build` and `npm run check` must
 * exit non-zero and print the problem, where Astro alone would only log a missing reference and
 * build.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { makeContent } from '../support/content-fixture.ts';
import { childEnv } from '../../src/settings.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function run(script: string, badCase?: string, env: Record<string, string> = {}) {
  const content = makeContent(badCase);
  made.push(dirname(content));
  const outDir = join(dirname(content), 'dist');
  const result = spawnSync('npm', ['run', '--silent', script], {
    cwd: ROOT,
    env: childEnv({ LETOPIS_CONTENT: content, LETOPIS_OUT_DIR: outDir, ...env }),
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, outDir };
}

test('astro build fails on a reference to a missing person and names it', () => {
  const { status, output, outDir } = run('build', 'unknown-reference');
  expect(status).not.toBe(0);
  expect(output).toContain('people[1]: unknown person id "sergey-lavrof"');
  expect(output).toContain('places[1]: unknown place id "dushanbe-city"');
  expect(existsSync(join(outDir, 'index.html'))).toBe(false);
}, 120_000);

test('npm run check lists every problem and exits non-zero without building', () => {
  const { status, output } = run('check', 'schema-error');
  expect(status).toBe(1);
  expect(output).toContain('4 content problems found:');
  expect(output).toContain('title: is required but missing');
  expect(output).toContain('unknown field subtitle');
}, 120_000);

test('astro build stops at start on a bad setting: one line with the variable, its value and the fix', () => {
  const { status, output, outDir } = run('build', undefined, { LETOPIS_SEARCH_SHARD_PAGES: 'abc' });
  expect(status).not.toBe(0);
  expect(output.trim().split('\n')).toEqual([
    'LETOPIS_SEARCH_SHARD_PAGES="abc" is not a whole number. Fix: write a whole number such as 3500, or unset it for the default',
  ]);
  expect(existsSync(outDir)).toBe(false);
}, 120_000);
