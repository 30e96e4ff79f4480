/**
 * Builds the Pagefind search index from the built pages in `astro:build:done`, through
 * Pagefind's Node API (which ignores pagefind.yml: options live here). Any indexing error
 * fails the build. The bundle goes to `<outDir>/pagefind/`, never into `public/`.
 */
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';

/** What to index and where to write the bundle. */
export interface IndexJob {
  /** Directories of built HTML, each with an optional glob (default: every HTML file). */
  directories?: readonly { path: string; glob?: string }[];
  /** Single pages given by URL (with the base) and HTML, e.g. one shard's list of pages. */
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

function fail(step: string, errors: readonly string[]): never {
  throw new SearchIndexError(`Pagefind could not ${step}:\n${errors.map((error) => `  - ${error}`).join('\n')}`);
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
      const added = await index.addDirectory({ path: directory.path, ...(directory.glob ? { glob: directory.glob } : {}) });
      if (added.errors.length > 0) fail(`index ${directory.path}`, added.errors);
      pages += added.page_count;
    }
    for (const page of job.pages ?? []) {
      const added = await index.addHTMLFile({ url: page.url, content: page.html });
      if (added.errors.length > 0) fail(`index ${page.url}`, added.errors);
      pages += 1;
    }
    if (pages === 0) fail('index anything', [`no HTML pages in ${(job.directories ?? []).map((d) => d.path).join(', ') || 'the job'}`]);
    const written = await index.writeFiles({ outputPath: job.outputPath });
    if (written.errors.length > 0) fail(`write ${job.outputPath}`, written.errors);
    return { pages, milliseconds: Math.round(performance.now() - started), outputPath: written.outputPath };
  } finally {
    await index.deleteIndex();
    await pagefind.close();
  }
}

/** The Astro integration: indexes the whole static output after every build. */
export function pagefindSearch(): AstroIntegration {
  return {
    name: 'letopis:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }: { dir: URL; logger: AstroIntegrationLogger }) => {
        const root = fileURLToPath(dir);
        const report = await buildSearchIndex({ directories: [{ path: root }], outputPath: path.join(root, 'pagefind') });
        logger.info(`indexed ${report.pages} pages in ${report.milliseconds} ms → ${path.relative(process.cwd(), report.outputPath)}`);
      },
    },
  };
}
