/**
 * Every environment variable Letopis reads, read here and nowhere else: the build
 * (astro.config.mjs, content.config.ts, the search job), the scripts and the tests take their
 * settings from `settings()`. Each is checked at start (settings-checks.ts); a bad value stops
 * the command with one line per variable naming it, its value and the fix. The README's table
 * of variables is checked against the JSDoc and defaults below (tests/unit/settings.test.ts).
 */
import { availableParallelism } from 'node:os';
import { z } from 'astro/zod';
import { normalizeBasePath, normalizeSiteUrl, hostSiteUrl } from './lib/deploy/site-env.ts';
import { MAX_LIST_ITEMS } from './search/shared/list-format.ts';
import { PAGE_SIZE } from './lib/browse/pagination.ts';
import { checkedBy, flag, folder, port, wholeNumber } from './settings-checks.ts';

/**
 * The variables. Each has a one-line JSDoc (what it does) and a `@default`; the README's
 * table lists exactly these, in this order.
 */
const variables = z.object({
  /**
   * The content folder the site is built from (the fixtures, a benchmark corpus).
   * @default `content`
   */
  LETOPIS_CONTENT: folder.default('content'),
  /**
   * The folder the site is built into.
   * @default `dist`
   */
  LETOPIS_OUT_DIR: folder.default('dist'),
  /**
   * Astro's cache (content store, pages, search index): kept between builds, it makes rebuilds incremental.
   * @default `node_modules/.astro`, plus `-<content>-base-<base>` for another content folder or base
   */
  LETOPIS_CACHE_DIR: folder.optional(),
  /**
   * The site's origin (no path) for canonical URLs, feeds, the sitemap and Open Graph.
   * @default Netlify's `URL` or Vercel's production domain, else `http://localhost:4321`
   */
  SITE_URL: z.string().optional(),
  /**
   * The folder the site is served under, e.g. `/letopis/` for a GitHub Pages project site.
   * @default `/`
   */
  BASE_PATH: checkedBy(normalizeBasePath),
  /**
   * Set to `true` by Netlify's builds: then its `URL` is the default `SITE_URL`.
   * @default unset
   */
  NETLIFY: z.string().optional(),
  /**
   * The site's main address, set by Netlify.
   * @default unset
   */
  URL: z.string().optional(),
  /**
   * Set to `1` by Vercel's builds: then `VERCEL_PROJECT_PRODUCTION_URL` is the default `SITE_URL`.
   * @default unset
   */
  VERCEL: z.string().optional(),
  /**
   * The project's production domain, set by Vercel.
   * @default unset
   */
  VERCEL_PROJECT_PRODUCTION_URL: z.string().optional(),
  /**
   * Most articles in a year shard of the search index (fewer: less build memory; more: fewer bundles).
   * @default 3500
   */
  LETOPIS_SEARCH_SHARD_PAGES: wholeNumber(1, 3_500).default(3_500),
  /**
   * Search bundles indexed at once, each by its own Pagefind process.
   * @default 2, or the core count if lower
   */
  LETOPIS_SEARCH_CONCURRENCY: wholeNumber(1, 2).optional(),
  /**
   * Most records being indexed at once over all running bundles (Pagefind's memory).
   * @default `LETOPIS_SEARCH_SHARD_PAGES`
   */
  LETOPIS_SEARCH_PAGES_IN_FLIGHT: wholeNumber(1, 3_500).optional(),
  /**
   * Word positions per Pagefind index chunk: a free-text query fetches one chunk per word and bundle.
   * @default 5000
   */
  LETOPIS_SEARCH_INDEX_CHUNK: wholeNumber(1, 5_000).default(5_000),
  /**
   * Most articles a name or date list holds whole; a longer one holds its count and first page.
   * @default 400
   */
  LETOPIS_SEARCH_LIST_ITEMS: wholeNumber(1, MAX_LIST_ITEMS).default(MAX_LIST_ITEMS),
  /**
   * Articles whose newest shards a first free-text search reads (one shard more when they hold no result); the page offers the rest.
   * @default 6000
   */
  LETOPIS_SEARCH_FIRST_PAGES: wholeNumber(1, 6_000).default(6_000),
  /**
   * Articles on a numbered page of the home list (its own page shows up to twice as many, the newest).
   * @default 20
   */
  LETOPIS_HOME_PAGE_SIZE: wholeNumber(1, PAGE_SIZE.home).default(PAGE_SIZE.home),
  /**
   * Articles on a numbered page of a person's, place's or source's list (larger: fewer files).
   * @default 10
   */
  LETOPIS_ENTITY_PAGE_SIZE: wholeNumber(1, PAGE_SIZE.entity).default(PAGE_SIZE.entity),
  /**
   * The first of the six ports the end-to-end test servers use.
   * @default 4321
   */
  LETOPIS_E2E_PORT: port(4321).default(4321),
  /**
   * The port `npm run test:lighthouse` serves the built site on.
   * @default `LETOPIS_E2E_PORT` + 40
   */
  LETOPIS_LIGHTHOUSE_PORT: port(4361).optional(),
  /**
   * The port the benchmark serves its build on to time searches; 0 picks a free one.
   * @default 0
   */
  LETOPIS_BENCH_PORT: port(4999).default(0),
  /**
   * Articles in `npm run test:bench-smoke`'s archive.
   * @default 300
   */
  LETOPIS_BENCH_SMOKE_ARTICLES: wholeNumber(1, 300).default(300),
  /**
   * Articles `npm run test:bench-smoke` adds before its last rebuild (`--add`).
   * @default 50
   */
  LETOPIS_BENCH_SMOKE_ADD: wholeNumber(1, 50).default(50),
  /**
   * A Chromium or Chrome executable for the end-to-end tests, Lighthouse and the benchmark.
   * @default Playwright's Chromium, else the system's
   */
  CHROMIUM_PATH: z.string().optional(),
  /**
   * The nginx executable `npm run serve:nginx` and the sub-path tests run.
   * @default `/usr/sbin/nginx` and other usual places
   */
  NGINX_PATH: z.string().optional(),
  /**
   * 1: the fault suite injects read-only and full-disk errors even where it could mount real ones.
   * @default 0 (real mounts where the machine lends a user namespace)
   */
  LETOPIS_FAULTS_INJECT: flag.default(false),
});

/** Each variable's check, with its default where it is a plain value. */
export const settingsSchema = variables;

/** The names of the variables Letopis reads, in the README's order. */
export const VARIABLES = Object.keys(variables.shape) as (keyof typeof variables.shape)[];

type Variables = z.infer<typeof variables>;

/** The settings: every variable checked, every default filled in. */
export type Settings = Omit<
  Variables,
  | 'LETOPIS_CACHE_DIR'
  | 'SITE_URL'
  | 'LETOPIS_SEARCH_CONCURRENCY'
  | 'LETOPIS_SEARCH_PAGES_IN_FLIGHT'
  | 'LETOPIS_LIGHTHOUSE_PORT'
> & {
  LETOPIS_CACHE_DIR: string;
  SITE_URL: string;
  LETOPIS_SEARCH_CONCURRENCY: number;
  LETOPIS_SEARCH_PAGES_IN_FLIGHT: number;
  LETOPIS_LIGHTHOUSE_PORT: number;
};

/** A bad setting, as one line per variable. */
export class SettingsError extends Error {
  override name = 'SettingsError';
}

/** The settings of an environment (a test's; the process's is `settings()`). */
export function readSettings(env: Readonly<Record<string, string | undefined>>): Settings {
  // An empty variable is an unset one, as a shell's `VAR= npm run build` means.
  const given = Object.fromEntries(VARIABLES.map((name) => [name, env[name] === '' ? undefined : env[name]]));
  const parsed = variables.safeParse(given);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0]);
      // The deploy checks name the variable themselves.
      return issue.message.startsWith(`${name} `)
        ? issue.message
        : `${name}="${given[name]}" ${issue.message}`;
    });
    throw new SettingsError(lines.join('\n'));
  }
  const read = parsed.data;
  let site: string;
  try {
    site = normalizeSiteUrl(read.SITE_URL || hostSiteUrl(read));
  } catch (error) {
    throw new SettingsError((error as Error).message);
  }
  return {
    ...read,
    SITE_URL: site,
    LETOPIS_CACHE_DIR: read.LETOPIS_CACHE_DIR ?? defaultCacheDir(read.LETOPIS_CONTENT, read.BASE_PATH),
    LETOPIS_SEARCH_CONCURRENCY: read.LETOPIS_SEARCH_CONCURRENCY ?? Math.min(2, availableParallelism()),
    LETOPIS_SEARCH_PAGES_IN_FLIGHT: read.LETOPIS_SEARCH_PAGES_IN_FLIGHT ?? read.LETOPIS_SEARCH_SHARD_PAGES,
    LETOPIS_LIGHTHOUSE_PORT: read.LETOPIS_LIGHTHOUSE_PORT ?? read.LETOPIS_E2E_PORT + 40,
  };
}

/**
 * Another content root (the test fixtures, a benchmark corpus) or base keeps its own cache, so
 * it never mixes with the real archive's; rendered Markdown is cached with its links.
 */
function defaultCacheDir(content: string, base: string): string {
  const name = [content === 'content' ? '' : content, base === '/' ? '' : `base${base}`]
    .filter(Boolean)
    .join('-')
    .replace(/[^a-z0-9]+/gi, '-')
    .replace(/^-|-$/g, '');
  return name === '' ? 'node_modules/.astro' : `node_modules/.astro-${name}`;
}

let current: Settings | undefined;

/**
 * The process's settings, read from its environment once. A bad variable ends the process at
 * once with its one line (and exit code 1): a stack trace would only bury it.
 */
export function settings(): Settings {
  try {
    current ??= readSettings(process.env);
  } catch (error) {
    if (!(error instanceof SettingsError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
  return current;
}

/**
 * The environment for a child process: this one's with `set` on top (`undefined` removes a
 * variable), or only the variables named in `keep` when given.
 */
export function childEnv(
  set: Readonly<Record<string, string | undefined>> = {},
  keep?: readonly string[],
): NodeJS.ProcessEnv {
  const inherited = keep ? Object.fromEntries(keep.map((name) => [name, process.env[name]])) : process.env;
  const env: NodeJS.ProcessEnv = { ...inherited, ...set };
  for (const [name, value] of Object.entries(env)) if (value === undefined) delete env[name];
  return env;
}

/**
 * Keeps the shell's bookkeeping out of the build. Astro inlines into a module that reads
 * `import.meta.env` as a whole every environment variable whose name occurs in its source, and
 * its own actions runtime does: the variable `_` (the path of the last command the shell ran)
 * occurs in every source. Its value changes with the way the build is started (`npm run build`,
 * `npx astro build`, a CI step), and with it the code hash of every page that imports that
 * runtime: a rebuild of 20,000 articles started another way rendered 37,642 of its 46,105 routes
 * again, not ~1,500 (docs/decisions/0014-shell-variable-kept-out-of-the-build.md).
 */
export function dropShellVariables(env: Record<string, string | undefined> = process.env): void {
  for (const name of SHELL_VARIABLES) delete env[name];
}

/** The variables a shell sets for its own use, never meant for the programs it starts. */
export const SHELL_VARIABLES = ['_'] as const;
