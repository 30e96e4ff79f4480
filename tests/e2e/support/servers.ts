/**
 * The built sites the end-to-end tests run against, each built and served on its own port:
 * the real archive (`content/`) and the fixture archive by `astro preview`, and both again
 * built under the sub-path `/letopis/` and served by nginx with the shipped headers. There the
 * sub-path checks run (a crawl follows every link and audits every page for requests outside
 * the base) with the specs whose URLs the base changes (they use relative paths): search,
 * which fetches its index and lists under the base, metadata and the walk through the archive.
 * The specs of what a base does not change (typesetting, themes, accessibility, the HTML
 * validator), and the tests of those specs tagged {@link SAME_UNDER_BASE}, run once, on the
 * sites at the root: twice would double the suite's time. `LETOPIS_E2E_PORT`
 * moves the whole range, so two checkouts can test side by side; `--ignore-lock` lets the
 * previews of one checkout run side by side (Astro otherwise allows one per project).
 */
import { settings } from '../../../src/settings.ts';

/**
 * Tag of a test in a spec the sub-path projects run whose outcome the base cannot change (which
 * articles a query finds, keyboard, layout, accessibility): it runs at the root only.
 */
export const SAME_UNDER_BASE = '@same-under-base';

export interface E2eServer {
  name: string;
  testMatch: string | string[];
  /** Tests left out: those tagged {@link SAME_UNDER_BASE} under the sub-path. */
  grepInvert?: RegExp;
  baseURL: string;
  command: string;
  /** The variables its build and server run with (on top of this process's). */
  env: Record<string, string>;
  /** Where its site is built (`LETOPIS_OUT_DIR`), for checks that read the files. */
  outDir: string;
}

/** The fixture archive (50 published articles, 2019–2024) the browsing specs walk. */
export const FIXTURE_ARCHIVE = 'tests/fixtures/archive';

/** The real archive with the messy import fixture imported by `npm run import`. */
export const IMPORTED_ARCHIVE = '.tmp/imported-archive';
export const IMPORT_FIXTURE = 'tests/fixtures/import/messy.jsonl';

/**
 * Article pages per search shard in the `fixture-shards` build: the fixture's six years split
 * into four bundles (2019–2020, 2021, 2022, and 2023–2024 at the root with the entity pages),
 * so a search merges shards as a large archive's does.
 */
export const FIXTURE_SHARD_PAGES = 12;

/**
 * Articles a name or date list holds whole in the `fixture-shards` build: the fixture's busiest
 * people and months hold their first pages, as at 100,000 articles, and Pagefind the rest.
 */
export const FIXTURE_LIST_ITEMS = 5;

/** Articles whose links try every way to run a script, served with no headers at all. */
export const HOSTILE_ARCHIVE = 'tests/fixtures/hostile-links';

/**
 * Articles a page of the home list and of an entity's list holds in the `fixture-shards` build:
 * the fixture's lists run to several numbered pages, as a large archive's do.
 */
export const FIXTURE_HOME_PAGE_SIZE = 6;
export const FIXTURE_ENTITY_PAGE_SIZE = 4;

/** The sub-path the `subpath` projects deploy under. */
export const SUBPATH_BASE = '/letopis/';

/** The servers, on ports from `firstPort` up. */
export function e2eServers(firstPort = settings().LETOPIS_E2E_PORT): E2eServer[] {
  const site = (port: number) => `http://127.0.0.1:${port}`;
  const serve = (port: number) =>
    `npm run build && npm run preview -- --ignore-lock --host 127.0.0.1 --port ${port}`;
  const serveSubpath = (port: number, outDir: string) =>
    `npm run build && npm run --silent serve:nginx -- --dir ${outDir} --base ${SUBPATH_BASE} --port ${port}`;
  /** The fixture archive built into `outDir` for the site on `port`. */
  const fixture = (port: number, outDir: string, more: Record<string, string> = {}) => ({
    SITE_URL: site(port),
    LETOPIS_CONTENT: FIXTURE_ARCHIVE,
    LETOPIS_OUT_DIR: outDir,
    ...more,
  });
  const servers: Omit<E2eServer, 'outDir'>[] = [
    {
      name: 'real',
      testMatch: 'real/**/*.spec.ts',
      baseURL: `${site(firstPort)}/`,
      command: serve(firstPort),
      env: { SITE_URL: site(firstPort) },
    },
    {
      name: 'fixture',
      testMatch: 'fixture/**/*.spec.ts',
      baseURL: `${site(firstPort + 1)}/`,
      command: serve(firstPort + 1),
      env: fixture(firstPort + 1, 'dist-fixture'),
    },
    {
      name: 'subpath',
      testMatch: ['real/search.spec.ts', 'real/metadata.spec.ts', 'subpath/**/*.spec.ts'],
      grepInvert: new RegExp(SAME_UNDER_BASE),
      baseURL: `${site(firstPort + 2)}${SUBPATH_BASE}`,
      command: serveSubpath(firstPort + 2, 'dist-subpath'),
      env: { SITE_URL: site(firstPort + 2), BASE_PATH: SUBPATH_BASE, LETOPIS_OUT_DIR: 'dist-subpath' },
    },
    {
      name: 'subpath-fixture',
      testMatch: [
        'fixture/search-lists.spec.ts',
        'fixture/search-names.spec.ts',
        'fixture/search-browse.spec.ts',
        'fixture/browse-walk.spec.ts',
        'subpath/crawl.spec.ts',
      ],
      grepInvert: new RegExp(SAME_UNDER_BASE),
      baseURL: `${site(firstPort + 3)}${SUBPATH_BASE}`,
      command: serveSubpath(firstPort + 3, 'dist-subpath-fixture'),
      env: fixture(firstPort + 3, 'dist-subpath-fixture', { BASE_PATH: SUBPATH_BASE }),
    },
    {
      name: 'imported',
      testMatch: 'imported/**/*.spec.ts',
      baseURL: `${site(firstPort + 4)}/`,
      // The fixture has bad lines on purpose, so the import exits 1; anything else fails.
      command:
        `rm -rf ${IMPORTED_ARCHIVE} && mkdir -p .tmp && cp -r content ${IMPORTED_ARCHIVE} && ` +
        `{ npm run --silent import -- ${IMPORT_FIXTURE} --content ${IMPORTED_ARCHIVE} --progress-every 0 >/dev/null 2>&1; test $? -eq 1; } && ` +
        serve(firstPort + 4),
      env: {
        SITE_URL: site(firstPort + 4),
        LETOPIS_CONTENT: IMPORTED_ARCHIVE,
        LETOPIS_OUT_DIR: 'dist-imported',
      },
    },
    {
      // A plain file server (no Content-Security-Policy header): the pages' own defences only.
      name: 'hostile',
      testMatch: 'hostile/**/*.spec.ts',
      baseURL: `${site(firstPort + 6)}/`,
      command: `npm run build && node scripts/serve-static.ts --dir dist-hostile --port ${firstPort + 6}`,
      env: {
        SITE_URL: site(firstPort + 6),
        LETOPIS_CONTENT: HOSTILE_ARCHIVE,
        LETOPIS_OUT_DIR: 'dist-hostile',
      },
    },
    {
      // Built, its cache damaged (tests/e2e/support/damaged-cache-site.ts), built again.
      name: 'damaged-cache',
      testMatch: 'damaged-cache/**/*.spec.ts',
      baseURL: `${site(firstPort + 7)}/`,
      command:
        'node tests/e2e/support/damaged-cache-site.ts && ' +
        `npm run preview -- --ignore-lock --host 127.0.0.1 --port ${firstPort + 7}`,
      env: fixture(firstPort + 7, 'dist-damaged-cache', {
        LETOPIS_CACHE_DIR: 'node_modules/.astro-damaged-cache',
      }),
    },
    {
      name: 'fixture-shards',
      // The fixture with a large archive's limits: search shards, long lists, several pages.
      testMatch: ['fixture/search-*.spec.ts', 'shards/**/*.spec.ts'],
      baseURL: `${site(firstPort + 5)}/`,
      command: serve(firstPort + 5),
      env: fixture(firstPort + 5, 'dist-fixture-shards', {
        // Its own cache: the `fixture` build of the same content indexes it in one shard.
        LETOPIS_CACHE_DIR: 'node_modules/.astro-fixture-shards',
        LETOPIS_SEARCH_SHARD_PAGES: String(FIXTURE_SHARD_PAGES),
        LETOPIS_SEARCH_LIST_ITEMS: String(FIXTURE_LIST_ITEMS),
        LETOPIS_HOME_PAGE_SIZE: String(FIXTURE_HOME_PAGE_SIZE),
        LETOPIS_ENTITY_PAGE_SIZE: String(FIXTURE_ENTITY_PAGE_SIZE),
      }),
    },
  ];
  return servers.map((server) => ({ ...server, outDir: server.env.LETOPIS_OUT_DIR ?? 'dist' }));
}
