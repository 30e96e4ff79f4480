/**
 * Builds the Pagefind search index from the built pages in `astro:build:done`, through
 * Pagefind's Node API (which ignores pagefind.yml: options live here). Any indexing error
 * fails the build. The bundle goes to `<outDir>/pagefind/`, never into `public/`.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { availableParallelism } from 'node:os';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { buildShardedIndex } from './search-shards.ts';

/** What to index and where to write the bundle. */
export interface IndexJob {
  /** Directories of built HTML, each with an optional glob (default: every HTML file). */
  directories?: readonly { path: string; glob?: string }[];
  /** Single HTML files to index, relative to `root` (their URLs follow from those paths). */
  files?: { root: string; paths: readonly string[] };
  /** Single pages given by URL (with the base) and HTML. */
  pages?: readonly { url: string; html: string }[];
  /** The bundle directory to write, e.g. `dist/pagefind`. */
  outputPath: string;
  /** Extra Pagefind service options (e.g. `maxFragments` when sharding). */
  config?: pagefind.PagefindServiceConfig;
}

/** The outcome of one indexing run. */
export interface IndexReport {
  pages: number;
  milliseconds: number;
  outputPath: string;
}

/** Thrown when Pagefind reports any error; the message lists them all. */
export class SearchIndexError extends Error {
  override name = 'SearchIndexError';
}

const FILE_BATCH = 64;

function fail(step: string, errors: readonly string[]): never {
  throw new SearchIndexError(
    `Pagefind could not ${step}:\n${errors.map((error) => `  - ${error}`).join('\n')}`,
  );
}

/**
 * Indexes the given directories into one Pagefind bundle. Reusable for sharding: call it once
 * per shard with that shard's directories (or globs) and its own output path.
 */
export async function buildSearchIndex(job: IndexJob): Promise<IndexReport> {
  const started = performance.now();
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'ru', ...job.config });
  if (!index || errors.length > 0) fail('start', errors);
  try {
    let pages = 0;
    for (const directory of job.directories ?? []) {
      const added = await index.addDirectory({
        path: directory.path,
        ...(directory.glob ? { glob: directory.glob } : {}),
      });
      if (added.errors.length > 0) fail(`index ${directory.path}`, added.errors);
      pages += added.page_count;
    }
    // Files go to the Pagefind process in batches: one awaited round trip per file costs
    // seconds per thousand pages on a busy machine.
    const files = job.files?.paths ?? [];
    // Pagefind numbers pages in the order it receives them, so a batch is read first and sent
    // in path order: the same pages always make the same bundle.
    for (let start = 0; start < files.length; start += FILE_BATCH) {
      const batch = files.slice(start, start + FILE_BATCH);
      const contents = await Promise.all(
        batch.map((sourcePath) => readFile(path.join(job.files!.root, sourcePath), 'utf8')),
      );
      await Promise.all(
        batch.map(async (sourcePath, position) => {
          const added = await index.addHTMLFile({ sourcePath, content: contents[position]! });
          if (added.errors.length > 0) fail(`index ${sourcePath}`, added.errors);
        }),
      );
    }
    pages += files.length;
    for (const page of job.pages ?? []) {
      const added = await index.addHTMLFile({ url: page.url, content: page.html });
      if (added.errors.length > 0) fail(`index ${page.url}`, added.errors);
      pages += 1;
    }
    if (pages === 0)
      fail('index anything', [
        `no HTML pages in ${(job.directories ?? []).map((d) => d.path).join(', ') || 'the job'}`,
      ]);
    const written = await index.writeFiles({ outputPath: job.outputPath });
    if (written.errors.length > 0) fail(`write ${job.outputPath}`, written.errors);
    return { pages, milliseconds: Math.round(performance.now() - started), outputPath: written.outputPath };
  } finally {
    await index.deleteIndex();
    await pagefind.close();
  }
}

/**
 * The Astro integration: indexes the static output after every build, as year shards of at
 * most `LETOPIS_SEARCH_SHARD_PAGES` article pages (default 10,000) that are re-indexed only
 * when their pages changed (see search-shards.ts).
 */
export function pagefindSearch(env: Record<string, string | undefined> = process.env): AstroIntegration {
  let cacheDir = '';
  return {
    name: 'letopis:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:done': async ({ dir, logger }: { dir: URL; logger: AstroIntegrationLogger }) => {
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        logger.info('building the search index');
        const shardPages = positiveInteger(env, 'LETOPIS_SEARCH_SHARD_PAGES', 10_000);
        const report = await buildShardedIndex({
          outDir,
          cacheDir,
          maxPagesPerShard: shardPages,
          // One Pagefind process uses one core: two shards at once use a 2-core machine fully,
          // as long as their pages together fit the memory of one full shard.
          concurrency: positiveInteger(
            env,
            'LETOPIS_SEARCH_CONCURRENCY',
            Math.min(2, availableParallelism()),
          ),
          maxPagesInFlight: positiveInteger(env, 'LETOPIS_SEARCH_PAGES_IN_FLIGHT', shardPages),
          log: (message) => logger.info(message),
        });
        const reused = report.shards.filter((shard) => shard.reused).length;
        logger.info(
          `indexed ${report.pages} pages in ${report.shards.length} shards (${reused} unchanged, reused) in ${Math.round(performance.now() - started)} ms → ${path.relative(process.cwd(), path.join(outDir, 'pagefind'))}`,
        );
      },
    },
  };
}

function positiveInteger(env: Record<string, string | undefined>, name: string, fallback: number): number {
  const value = Number(env[name] ?? fallback);
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`${name} must be a positive integer, got "${env[name]}"`);
  return value;
}
