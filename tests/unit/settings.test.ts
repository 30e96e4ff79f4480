import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { childEnv, dropShellVariables, readSettings, settingsSchema, VARIABLES } from '../../src/settings.ts';
import { MAX_LIST_ITEMS } from '../../src/search/shared/list-format.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const SETTINGS = join(ROOT, 'src/settings.ts');

describe('readSettings', () => {
  test('fills in every default', () => {
    const settings = readSettings({});
    expect(settings).toMatchObject({
      LETOPIS_CONTENT: 'content',
      LETOPIS_OUT_DIR: 'dist',
      LETOPIS_CACHE_DIR: 'node_modules/.astro',
      SITE_URL: 'http://localhost:4321',
      BASE_PATH: '/',
      LETOPIS_SEARCH_SHARD_PAGES: 3_500,
      LETOPIS_SEARCH_PAGES_IN_FLIGHT: 3_500,
      LETOPIS_SEARCH_INDEX_CHUNK: 5_000,
      LETOPIS_SEARCH_LIST_ITEMS: MAX_LIST_ITEMS,
      LETOPIS_E2E_PORT: 4321,
      LETOPIS_LIGHTHOUSE_PORT: 4361,
      LETOPIS_BENCH_PORT: 0,
      LETOPIS_BENCH_SMOKE_ARTICLES: 300,
      LETOPIS_FAULTS_INJECT: false,
    });
    expect([1, 2]).toContain(settings.LETOPIS_SEARCH_CONCURRENCY);
    expect(settings.CHROMIUM_PATH).toBeUndefined();
  });

  test('reads each variable, an empty one as unset', () => {
    const settings = readSettings({
      LETOPIS_CONTENT: 'tests/fixtures/archive/',
      SITE_URL: 'https://me.github.io',
      BASE_PATH: 'letopis',
      LETOPIS_SEARCH_SHARD_PAGES: '1000',
      LETOPIS_E2E_PORT: '5800',
      LETOPIS_OUT_DIR: '',
    });
    expect(settings).toMatchObject({
      LETOPIS_CONTENT: 'tests/fixtures/archive',
      SITE_URL: 'https://me.github.io',
      BASE_PATH: '/letopis/',
      LETOPIS_SEARCH_SHARD_PAGES: 1_000,
      LETOPIS_SEARCH_PAGES_IN_FLIGHT: 1_000,
      LETOPIS_LIGHTHOUSE_PORT: 5840,
      LETOPIS_OUT_DIR: 'dist',
    });
  });

  test('keeps the cache of another content folder or base apart', () => {
    expect(readSettings({ LETOPIS_CONTENT: 'tests/fixtures/archive' }).LETOPIS_CACHE_DIR).toBe(
      'node_modules/.astro-tests-fixtures-archive',
    );
    expect(readSettings({ BASE_PATH: '/letopis/' }).LETOPIS_CACHE_DIR).toBe(
      'node_modules/.astro-base-letopis',
    );
    expect(readSettings({ LETOPIS_CACHE_DIR: '/tmp/cache/' }).LETOPIS_CACHE_DIR).toBe('/tmp/cache');
  });

  test('without SITE_URL, takes the address Netlify or Vercel announces', () => {
    expect(readSettings({ NETLIFY: 'true', URL: 'https://letopis.netlify.app' }).SITE_URL).toBe(
      'https://letopis.netlify.app',
    );
    expect(readSettings({ VERCEL: '1', VERCEL_PROJECT_PRODUCTION_URL: 'letopis.vercel.app' }).SITE_URL).toBe(
      'https://letopis.vercel.app',
    );
    expect(
      readSettings({ SITE_URL: 'https://archive.example.org', NETLIFY: 'true', URL: 'https://x.netlify.app' })
        .SITE_URL,
    ).toBe('https://archive.example.org');
  });

  test('refuses a bad value with one line naming the variable, the value and the fix', () => {
    expect(() => readSettings({ LETOPIS_SEARCH_SHARD_PAGES: 'abc' })).toThrow(
      'LETOPIS_SEARCH_SHARD_PAGES="abc" is not a whole number. Fix: write a whole number such as 3500, or unset it for the default',
    );
    expect(() => readSettings({ LETOPIS_SEARCH_CONCURRENCY: '0' })).toThrow(
      'LETOPIS_SEARCH_CONCURRENCY="0" is less than 1. Fix: write a whole number such as 2, or unset it for the default',
    );
    expect(() => readSettings({ LETOPIS_E2E_PORT: '70000' })).toThrow(
      'LETOPIS_E2E_PORT="70000" is above 65535',
    );
    expect(() => readSettings({ SITE_URL: 'https://me.github.io/letopis/' })).toThrow(
      'SITE_URL "https://me.github.io/letopis/" has a path. Fix: SITE_URL=https://me.github.io BASE_PATH=/letopis/',
    );
  });

  test('lists every bad variable at once, one line each', () => {
    let message = '';
    try {
      readSettings({
        BASE_PATH: 'https://x.org/a/',
        LETOPIS_SEARCH_INDEX_CHUNK: '5k',
        LETOPIS_BENCH_PORT: '-1',
      });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message.split('\n')).toEqual([
      'BASE_PATH "https://x.org/a/" is a URL. Fix: put the origin in SITE_URL and only the path (e.g. /letopis/) in BASE_PATH',
      'LETOPIS_SEARCH_INDEX_CHUNK="5k" is not a whole number. Fix: write a whole number such as 5000, or unset it for the default',
      'LETOPIS_BENCH_PORT="-1" is not a whole number. Fix: write a whole number such as 4999, or unset it for the default',
    ]);
  });
});

test("the shell's last command is dropped; the build's own settings stay", () => {
  const env = { _: '/usr/bin/npx', LETOPIS_CONTENT: 'content', BASE_PATH: '/letopis/' };
  dropShellVariables(env);
  expect(env).toEqual({ LETOPIS_CONTENT: 'content', BASE_PATH: '/letopis/' });
});

test("a child process gets this one's environment with changes, or only the variables kept", () => {
  const path = childEnv().PATH;
  expect(path).toBeTruthy();
  expect(childEnv({ LETOPIS_CONTENT: 'x', PATH: undefined })).toMatchObject({ LETOPIS_CONTENT: 'x' });
  expect(childEnv({ PATH: undefined })).not.toHaveProperty('PATH');
  expect(childEnv({ A: '1' }, ['PATH'])).toEqual({ PATH: path, A: '1' });
});

/** Each variable's one-line JSDoc and `@default`, read from the settings module's source. */
function documented(): { name: string; fallback: string; what: string }[] {
  const doc = /\/\*\*\n\s+\* (.+)\n\s+\* @default (.+)\n\s+\*\/\n\s+([A-Z0-9_]+):/g;
  return [...readFileSync(SETTINGS, 'utf8').matchAll(doc)].map(([, what, fallback, name]) => ({
    name: name!,
    fallback: fallback!,
    what: what!,
  }));
}

describe('the settings are documented', () => {
  test('every variable has a one-line JSDoc and a @default, and a plain default is the one applied', () => {
    expect(documented().map(({ name }) => name)).toEqual(VARIABLES);
    for (const { name, fallback } of documented()) {
      const applied = settingsSchema.shape[name as (typeof VARIABLES)[number]].parse(undefined);
      // A flag is written 1 or 0.
      const written = typeof applied === 'boolean' ? Number(applied) : applied;
      if (written !== undefined) expect(fallback, name).toContain(String(written));
    }
  });

  test("the README's table lists every variable with its default and what it does", () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const lines = readme.slice(readme.indexOf('| variable')).split('\n');
    const rows = lines
      .slice(
        2,
        lines.findIndex((line) => !line.startsWith('|')),
      )
      .map((line) =>
        line
          .split('|')
          .slice(1, -1)
          .map((cell) => cell.trim()),
      );
    const expected = documented().map(({ name, fallback, what }) => [`\`${name}\``, fallback, what]);
    expect(
      rows,
      `README.md's table should be:\n${expected.map((row) => `| ${row.join(' | ')} |`).join('\n')}`,
    ).toEqual(expected);
  });
});

test('no module but src/settings.ts reads the environment', () => {
  // Tests may set a variable for the whole run: the global setup that gives each run its own
  // TMPDIR, and its test.
  const allowed = new Set([
    'src/settings.ts',
    'tests/support/scratch-root.ts',
    'tests/unit/support/scratch-root.test.ts',
    'tests/unit/settings.test.ts',
  ]);
  const reads = /process\.env|env\[/;
  const files = [
    ...['src', 'scripts', 'tests'].flatMap((folder) =>
      readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' }).map((file) =>
        join(folder, file),
      ),
    ),
    'astro.config.mjs',
    'playwright.config.ts',
    'quality.config.ts',
    'eslint.config.js',
  ].filter((file) => /\.(ts|mjs|js|astro)$/.test(file));
  const offenders = files.filter(
    (file) => !allowed.has(file) && reads.test(readFileSync(join(ROOT, file), 'utf8')),
  );
  expect(offenders).toEqual([]);
});
