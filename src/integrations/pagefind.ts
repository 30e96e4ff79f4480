/**
 * The search index as an Astro integration. The index is built from the content, not from the
 * built pages (src/search/build/search-job.ts), so it starts as soon as the content has passed
 * validation and runs in a worker thread while Astro works; at `astro:build:done` the
 * integration waits for it, fails the build on any indexing error, installs the bundles and
 * lists into the output (src/search/build/install-bundles.ts) and logs what it did.
 */
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { takeContent } from '../lib/content/content-registry.ts';
import { publishedFolder } from '../build/output-swap.ts';
import { installBundles } from '../search/build/install-bundles.ts';
import { SearchIndexError } from '../search/build/pagefind-bundle.ts';
import { searchJobOptions } from '../search/build/search-job-options.ts';
import {
  searchCacheDamage,
  preparedStoreDamage,
  searchJobSummary,
  startSearchJob,
  type SearchJobThread,
} from '../search/build/search-job-thread.ts';

/**
 * The integration. `contentRoot` is the content folder relative to the project (as for the
 * content guard, which must run first: the job indexes the content it read and validated).
 */
export function pagefindSearch(contentRoot: string): AstroIntegration {
  let job: SearchJobThread | undefined;
  let firstPages = Infinity;
  return {
    name: 'letopis:pagefind',
    hooks: {
      'astro:config:setup': ({ command, config }) => {
        if (command !== 'build') return;
        const content = takeContent(resolve(fileURLToPath(config.root), contentRoot, 'articles'));
        if (!content) throw new SearchIndexError('the content guard must read the content first');
        const options = searchJobOptions(config);
        firstPages = options.firstPages;
        job = startSearchJob(options, content);
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!job) throw new SearchIndexError('the search index was never started');
        const pagesDone = performance.now();
        logger.info('waiting for the search index');
        const report = await job.finished();
        for (const warning of report.warnings) logger.warn(warning);
        const damage = searchCacheDamage(report);
        if (damage) logger.warn(damage);
        const storeDamage = preparedStoreDamage();
        if (storeDamage) logger.warn(storeDamage);
        const outDir = fileURLToPath(dir);
        installBundles(report, outDir, firstPages);
        const indexDir = join(publishedFolder(outDir), 'pagefind');
        const summary = searchJobSummary(report, performance.now() - pagesDone, indexDir);
        for (const line of summary) logger.info(line);
      },
    },
  };
}
