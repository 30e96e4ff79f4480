/**
 * Building the same content twice gives byte-identical output: a deploy uploads only what
 * changed, caches stay valid, and a diff between two builds shows real changes only.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { fingerprint, runScript } from '../support/editorial-cli.ts';

const work = mkdtempSync(join(tmpdir(), 'letopis-reproducible-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function build(outDir: string): void {
  const result = runScript('build', [], {
    // The fixture archive: paginated lists, calendars, feeds and a Pagefind index with filters.
    LETOPIS_CONTENT: 'tests/fixtures/archive',
    LETOPIS_OUT_DIR: outDir,
    BASE_PATH: '/letopis/',
    SITE_URL: 'https://archive.example.org',
  });
  expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
}

test('two builds of the same content are byte-identical, file by file', () => {
  const first = join(work, 'first');
  const second = join(work, 'second');
  build(first);
  build(second);
  const firstHashes = fingerprint(first);
  expect(Object.keys(firstHashes).length).toBeGreaterThan(200);
  expect(fingerprint(second)).toEqual(firstHashes);
}, 600_000);
