/**
 * Links the pages Astro's incremental build reuses into the fresh output folder before Astro
 * renders, once each cache copy has matched the digest recorded when it was written (a damaged
 * one is rendered again, and the build says how many); while Astro renders, writes its pages as
 * new files and records their digests (src/build/page-writes.ts); after the build removes the
 * links to pages the site no longer has and saves the digests (src/build/link-cached-pages.ts
 * says why: a link costs ~0.02 ms where Astro's copy costs 1.3–1.8 ms a page).
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { deleteElsewhere } from '../build/delete-elsewhere.ts';
import { finishCachedPages, linkCachedPages, type CachedPages } from '../build/link-cached-pages.ts';
import { watchPageWrites, type PageWrites } from '../build/page-writes.ts';
import { loadHasher } from '../lib/file-digest.ts';
import { CACHED_OUTPUT } from '../lib/incremental-manifest.ts';

/** At most this many damaged pages are named in the build's log line. */
const NAMED = 3;

/** One line on the cache copies that did not match their digests, or none. */
export function damagedPagesLine(pages: Pick<CachedPages, 'damaged' | 'verified'>): string | undefined {
  const { damaged, verified } = pages;
  if (damaged.length === 0) return undefined;
  const named = damaged.slice(0, NAMED).join(', ') + (damaged.length > NAMED ? ', …' : '');
  return (
    `${damaged.length} of ${damaged.length + verified.size} cached pages did not match the digest recorded ` +
    `when they were written (missing, cut short or changed): rendered again — ${named}`
  );
}

/** The integration; list it before `freshOutput()`, whose staging folder it links into. */
export function cachedPages(): AstroIntegration {
  let outDir = '';
  let cacheDir = '';
  let incremental = false;
  let pages: CachedPages | undefined;
  let writes: PageWrites | undefined;
  let deletion: Promise<unknown> = Promise.resolve();
  let startedAt = 0;
  return {
    name: 'letopis:cached-pages',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        cacheDir = fileURLToPath(config.cacheDir);
        incremental = config.experimental.incrementalBuild === true;
      },
      'astro:build:start': async ({ logger }) => {
        startedAt = Date.now();
        // Without the incremental build its cache folder may hold an old build's pages.
        if (!incremental) return;
        const hasher = await loadHasher();
        const warnings: string[] = [];
        pages = linkCachedPages(cacheDir, outDir, hasher, (line) => warnings.push(line));
        for (const warning of warnings) logger.warn(warning);
        const damaged = damagedPagesLine(pages);
        if (damaged) logger.warn(damaged);
        if (pages.discarded > 0 && warnings.length === 0)
          logger.info(
            `no digests recorded for the ${pages.discarded} cached pages (a cache from before they were): every page is rendered again`,
          );
        const linked = `checked ${pages.verified.size + pages.damaged.length} cached pages against their digests in ${pages.checkMs} ms, linked ${pages.linked.length} in ${pages.linkMs} ms`;
        if (pages.failure)
          logger.info(`${linked}, then could not link (${pages.failure}): Astro copies the rest`);
        else if (pages.linked.length > 0) logger.info(linked);
        deletion = Promise.all(pages.setAside.map(deleteElsewhere));
        deletion.catch(() => {});
        writes = watchPageWrites(
          [outDir, join(cacheDir, CACHED_OUTPUT)],
          join(cacheDir, CACHED_OUTPUT),
          hasher,
        );
      },
      'astro:build:done': async ({ logger }) => {
        if (!pages || !writes) return;
        writes.stop();
        const { removed, undigested } = finishCachedPages(cacheDir, outDir, pages, writes.digests, startedAt);
        if (removed > 0) logger.info(`removed ${removed} cached page(s) the site no longer has`);
        if (undigested > 0)
          logger.warn(
            `${undigested} cached page(s) were written other than through fs.promises.writeFile, so their digests ` +
              'are unknown and the next build renders them again. Fix: update src/build/page-writes.ts for this Astro version.',
          );
        await deletion;
        pages = undefined;
      },
    },
  };
}
