/**
 * Building the same content twice gives byte-identical output: a deploy uploads only what
 * changed, caches stay valid, and a diff between two builds shows real changes only.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const work = mkdtempSync(join(tmpdir(), 'letopis-reproducible-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function build(outDir: string): void {
  const result = spawnSync('npm', ['run', '--silent', 'build'], {
    cwd: ROOT,
    env: {
      ...process.env,
      // The fixture archive: paginated lists, calendars, feeds and a Pagefind index with filters.
      LETOPIS_CONTENT: 'tests/fixtures/archive',
      LETOPIS_OUT_DIR: outDir,
      BASE_PATH: '/letopis/',
      SITE_URL: 'https://archive.example.org',
    },
    encoding: 'utf8',
    timeout: 300_000,
  });
  expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
}

/** Every file's sha256, by path relative to `dir`. */
function hashes(dir: string): Record<string, string> {
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) =>
    entry.isFile(),
  );
  return Object.fromEntries(
    entries
      .map((entry) => join(entry.parentPath, entry.name))
      .map(
        (path) =>
          [relative(dir, path), createHash('sha256').update(readFileSync(path)).digest('hex')] as const,
      )
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}

test('two builds of the same content are byte-identical, file by file', () => {
  const first = join(work, 'first');
  const second = join(work, 'second');
  build(first);
  build(second);
  const firstHashes = hashes(first);
  expect(Object.keys(firstHashes).length).toBeGreaterThan(200);
  expect(hashes(second)).toEqual(firstHashes);
}, 600_000);
