/**
 * Real builds of the fixture archive on a damaged cache or interrupted: a cached page cut
 * short, Pagefind files cut short or garbled, the cache's manifests cut short or garbled, and a
 * build stopped by Ctrl+C or killed while it renders. Handled: the build passes and says what it
 * found (one line with counts, one warning naming each damaged manifest), and publishes exactly
 * what a clean build publishes; an interrupted build leaves the previous output byte for byte,
 * and the next build passes and cleans up after it.
 *
 * One clean build is made first, rebuilt unchanged (which leaves the output's pages hard links
 * into the cache, as every rebuild does), and copied for each fault with `cp -a`, which keeps
 * the links.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fingerprint } from '../support/editorial-cli.ts';
import { FIXTURES } from '../support/content-fixture.ts';
import {
  ASTRO_BUILD,
  expectNoStackTrace,
  expectThat,
  run,
  PROJECT_ROOT,
  type Fault,
  type Run,
  type RunOptions,
} from './support.ts';

const AREA = 'damaged cache';
const SEARCH_CACHE = 'search-index-v5';
/** A page every build of the fixture writes, reused unchanged by a rebuild. */
const PAGE = 'people/sergey-lavrov/index.html';

interface Built {
  root: string;
  content: string;
  dist: string;
  cache: string;
}

const at = (root: string): Built => ({
  root,
  content: join(root, 'content'),
  dist: join(root, 'dist'),
  cache: join(root, 'cache'),
});

/** `astro build` of `built`'s content into its output and cache folders. */
function build(built: Built, options: RunOptions = {}): Promise<Run> {
  return run(join(PROJECT_ROOT, 'node_modules/.bin/astro'), ['build'], {
    env: {
      LETOPIS_CONTENT: built.content,
      LETOPIS_OUT_DIR: built.dist,
      LETOPIS_CACHE_DIR: built.cache,
      FORCE_COLOR: '0',
      NO_COLOR: '1',
    },
    timeoutMs: 110_000,
    ...options,
  });
}

function expectBuilt(result: Run, what: string): string {
  const log = `${result.stdout}\n${result.stderr}`;
  expectThat(result.status === 0, `${what}: exit ${result.status} (${result.signal}):\n${log.slice(-3000)}`);
  expectNoStackTrace(result.stderr);
  return log;
}

let clean: Promise<Built> | undefined;

/** The clean build of the fixture archive all faults start from (made once). */
function cleanBuild(): Promise<Built> {
  clean ??= (async () => {
    const built = at(mkdtempSync(join(tmpdir(), 'letopis-fault-clean-')));
    spawnSync('cp', ['-r', join(FIXTURES, 'archive'), built.content]);
    expectBuilt(await build(built), 'the clean build');
    // Rebuilt unchanged: the output's pages are now hard links into the cache, as they stay.
    expectBuilt(await build(built), 'the rebuild of the clean build');
    return built;
  })();
  return clean;
}

/** A copy of the clean build in `scratch`, hard links kept. */
async function copyOfCleanBuild(scratch: string): Promise<Built> {
  const source = await cleanBuild();
  // In one command, which keeps the links between the output and the cache.
  const folders = [source.content, source.dist, source.cache];
  const copied = spawnSync('cp', ['-a', ...folders, scratch], { encoding: 'utf8' });
  expectThat(copied.status === 0, `cp -a: ${copied.stderr}`);
  return at(scratch);
}

/** Fails unless `dist` holds exactly the files of `expected`, byte for byte. */
function expectSameOutput(dist: string, expected: Record<string, string>, what: string): void {
  const actual = fingerprint(dist);
  const differing = [...new Set([...Object.keys(actual), ...Object.keys(expected)])].filter(
    (file) => actual[file] !== expected[file],
  );
  expectThat(
    differing.length === 0,
    `${what}: ${differing.length} files differ from a clean build's: ${differing.slice(0, 5).join(', ')}`,
  );
}

/** The one line of `log` matching `pattern` (and naming `file`, if given). */
function expectLine(log: string, pattern: RegExp, file?: string): void {
  const lines = log.split('\n').filter((line) => pattern.test(line) && (!file || line.includes(file)));
  expectThat(
    lines.length === 1,
    `expected one line matching ${String(pattern)}${file ? ` naming ${file}` : ''}:\n${log.slice(-3000)}`,
  );
}

/** The files of a search bundle in the cache, largest first. */
function bundleFiles(cache: string): string[] {
  const root = join(cache, SEARCH_CACHE, 'bundles');
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .map((path) => join(root, path))
    .filter((path) => /\.pf_(fragment|index|meta)$|pagefind-entry\.json$/.test(path));
}

/** Writes `text` over the middle of `file`, keeping its size. */
function garble(file: string): void {
  const bytes = readFileSync(file);
  bytes.write('garbled!', Math.floor(bytes.length / 2));
  writeFileSync(file, bytes);
}

/**
 * An edit that makes the next build render pages again over their links: a place renamed (its
 * page and every page that names it) and a new article.
 */
function edit(content: string): void {
  const places = join(content, 'places.yaml');
  writeFileSync(places, readFileSync(places, 'utf8').replace('name: Санкт-Петербург', 'name: Петроград'));
  mkdirSync(join(content, 'articles/2021/03'), { recursive: true });
  writeFileSync(
    join(content, 'articles/2021/03/15-novaya-statya-dlya-proverki-sboya.md'),
    '---\ntitle: "Новая статья"\ndate: 2021-03-15\nsource: tass\npeople: [ilkham-aliev]\nplaces: [moskva]\n---\n\nИльхам Алиев прибыл в Москву.\n',
  );
}

/**
 * Stops a build with `signal` once it has rendered again a page the previous output has as a
 * link into the cache (the renamed place's), and checks what it left.
 */
async function interrupted(scratch: string, signal: NodeJS.Signals): Promise<void> {
  const built = await copyOfCleanBuild(scratch);
  const before = fingerprint(built.dist);
  edit(built.content);
  // A page rendered, not reused, names its time: `├─ /places/sankt-peterburg/index.html (+12ms)`.
  const renderedAgain = /├─ \/places\/sankt-peterburg\/index\.html \(\+\d+m?s\)/;
  let reached = false;
  const stopped = await build(built, {
    onStdout: (text, kill) => {
      reached ||= renderedAgain.test(text);
      if (reached) kill(signal);
    },
  });
  expectThat(
    stopped.status !== 0 && reached,
    `the build was not stopped while rendering: exit ${stopped.status} (${stopped.signal})`,
  );
  expectSameOutput(built.dist, before, `after ${signal} the output`);
  const next = expectBuilt(await build(built), 'the build after');
  expectThat(next.includes('the finished site replaced'), 'the next build did not publish');
  expectThat(
    readFileSync(join(built.dist, 'places/sankt-peterburg/index.html'), 'utf8').includes('Петроград'),
    'the next build did not publish the edit',
  );
  const left = readdirSync(scratch).filter((name) => name.startsWith('.letopis-new-'));
  expectThat(left.length === 0, `staging folders left: ${left.join(', ')}`);
}

/**
 * Rebuilds a copy of the clean build in `scratch` after `damage` was done to its cache; fails
 * unless the rebuild passes and publishes what the clean build did. Returns the rebuild's log.
 */
async function rebuiltAfter(scratch: string, damage: (built: Built) => void): Promise<string> {
  const built = await copyOfCleanBuild(scratch);
  const expected = fingerprint(built.dist);
  damage(built);
  const log = expectBuilt(await build(built), 'the rebuild');
  expectSameOutput(built.dist, expected, 'the rebuild');
  return log;
}

/** The manifests of the cache, relative to it. */
const MANIFESTS = [
  'incremental-build.json',
  'letopis-page-digests.json',
  `${SEARCH_CACHE}/digests.json`,
  `${SEARCH_CACHE}/lists-manifest.json`,
  `${SEARCH_CACHE}/article-texts.json`,
  'letopis-checked-pages.json',
];

export const damagedCacheFaults: Fault[] = (
  [
    {
      area: AREA,
      name: 'a cached page cut short is rendered again, not published empty',
      run: async (scratch) => {
        const log = await rebuiltAfter(scratch, ({ cache }) => truncateSync(join(cache, 'dist', PAGE), 100));
        expectLine(log, /1 of \d+ cached pages did not match the digest/, PAGE);
      },
    },
    {
      area: AREA,
      name: 'cached Pagefind files cut short and garbled are indexed again, not published',
      run: async (scratch) => {
        const log = await rebuiltAfter(scratch, ({ cache }) => {
          const files = bundleFiles(cache);
          garble(files.find((path) => path.endsWith('.pf_fragment'))!);
          const index = files.find((path) => path.endsWith('.pf_index'))!;
          truncateSync(index, Math.floor(readFileSync(index).length / 3));
          truncateSync(join(cache, SEARCH_CACHE, 'lists/people/sergey-lavrov.json'), 0);
        });
        expectLine(
          log,
          /cached search files did not match .* indexed again; 1 of \d+ name and date lists built again/,
        );
      },
    },
    {
      area: AREA,
      name: 'every manifest of the cache cut short or garbled: a full build, one warning each',
      run: async (scratch) => {
        let cacheDir = '';
        const log = await rebuiltAfter(scratch, ({ cache }) => {
          cacheDir = cache;
          // Cut to nothing, as a full disk leaves a file ("Unexpected end of JSON input"), or half.
          for (const [i, manifest] of MANIFESTS.entries()) {
            const file = join(cache, manifest);
            truncateSync(file, i === 0 ? 0 : Math.floor(readFileSync(file).length / 2));
          }
          // Whole again but garbled: JSON, not the shape the build writes.
          const digests = join(cache, MANIFESTS[1]!);
          writeFileSync(digests, JSON.stringify({ pages: ['people/sergey-lavrov/index.html'] }));
        });
        for (const manifest of MANIFESTS)
          expectLine(log, /is unreadable \(.*\): .* again/, join(cacheDir, manifest));
        expectThat(!/\((cached|restored)\)/.test(log), 'pages were reused without a manifest');
      },
    },
    {
      area: AREA,
      name: 'Ctrl+C (SIGINT) while a build renders: the previous output stays whole',
      run: (scratch) => interrupted(scratch, 'SIGINT'),
    },
    {
      area: AREA,
      name: 'SIGKILL while a build renders: the previous output stays whole',
      run: (scratch) => interrupted(scratch, 'SIGKILL'),
    },
  ] satisfies Omit<Fault, 'serial'>[]
).map((fault) => ({ ...fault, serial: ASTRO_BUILD }));
