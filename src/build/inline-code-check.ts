/**
 * The build's check that no page carries inline code the Content-Security-Policy would block
 * (run by deploy-output.ts once every page is written). With Astro's incremental build, a page
 * reused unchanged from the last build is not read again when it passed then: the pages that
 * passed are recorded by file identity in the cache folder (src/lib/deploy/checked-pages.ts), so
 * a rebuild of 20,000 articles reads the ~1,500 pages it wrote, not all 44,000.
 */
import type { Stats } from 'node:fs';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { unreadableCacheFile, writeCacheFile, type Warn } from '../lib/cache-file.ts';
import {
  checkedPagesRecord,
  checkerKey,
  fileStamp,
  pagesToCheck,
  passedPages,
} from '../lib/deploy/checked-pages.ts';
import { blockedInlineCode } from '../lib/deploy/inline-code.ts';
import { INLINE_SCRIPTS } from '../lib/deploy/inline-scripts.ts';

/** Where the pages that passed are recorded and where Astro keeps its copy of each page. */
export interface CheckCache {
  /** The record of the pages that passed. */
  recordFile: string;
  /** Astro's copies of the pages (the cache folder's `dist/`), the files a rebuild links. */
  pageCopies: string;
  /** Told when the record is damaged (every page is checked again). */
  warn?: Warn;
}

/** The checker's code and the scripts it allows: a change to any of them checks every page again. */
function currentCheckerKey(): string {
  const code = ['inline-code.ts', 'csp.ts'].map((file) =>
    readFileSync(new URL(`../lib/deploy/${file}`, import.meta.url), 'utf8'),
  );
  return checkerKey([...code, ...INLINE_SCRIPTS]);
}

/**
 * Reads the pages (output-relative paths with their stats) that have not passed before, throws
 * on the first problems found with every page they are on, and records what passed. Returns how
 * many pages were read.
 */
export function checkInlineCode(root: string, pages: ReadonlyMap<string, Stats>, cache?: CheckCache): number {
  const stamps = new Map([...pages].map(([path, stats]) => [path, fileStamp(stats)]));
  const checker = cache ? currentCheckerKey() : '';
  const passed = cache
    ? passedPages(readIfExists(cache.recordFile), checker, (reason) =>
        cache.warn?.(
          unreadableCacheFile(cache.recordFile, reason, 'every page is checked for inline code again'),
        ),
      )
    : new Map<string, string>();
  const toCheck = pagesToCheck(stamps, passed);
  // The same problem usually sits in the layout, so it is reported once with its pages.
  const pagesByProblem = new Map<string, string[]>();
  for (const page of toCheck) {
    const html = readFileSync(join(root, page), 'utf8');
    for (const problem of blockedInlineCode(html, INLINE_SCRIPTS))
      pagesByProblem.set(problem, [...(pagesByProblem.get(problem) ?? []), page]);
    if (cache) stamps.set(page, stampOfNextBuild(page, html, pages.get(page)!, cache.pageCopies));
  }
  if (pagesByProblem.size > 0) {
    const lines = [...pagesByProblem].map(
      ([problem, found]) =>
        `${problem}\n  on ${found.length} page(s): ${found.slice(0, 3).join(', ')}${found.length > 3 ? ', …' : ''}`,
    );
    throw new Error(
      `Inline code the Content-Security-Policy would block:\n${lines.join('\n')}\n` +
        'Fix: move the code into a file (a processed <script> or a .css import), or keep an inline script as a ' +
        'string in src/lib (render it with <script is:inline set:html={…} />) and add it to src/lib/deploy/inline-scripts.ts.',
    );
  }
  if (cache) {
    // Written whole, then renamed: an interrupted build leaves the old record or the new one.
    writeCacheFile(cache.recordFile, JSON.stringify(checkedPagesRecord(checker, stamps)));
  }
  return toCheck.length;
}

/**
 * The stamp a page that just passed will have in the next build: there it is a link to Astro's
 * copy (src/build/link-cached-pages.ts). A page written over its link is that copy already; a
 * page written anew passed for its copy only if the copy holds the same text.
 */
function stampOfNextBuild(page: string, html: string, stats: Stats, pageCopies: string): string {
  const copy = join(pageCopies, page);
  const copyStats = statSync(copy, { throwIfNoEntry: false });
  if (!copyStats || copyStats.ino === stats.ino) return fileStamp(stats);
  return copyStats.size === stats.size && readFileSync(copy, 'utf8') === html
    ? fileStamp(copyStats)
    : fileStamp(stats);
}

function readIfExists(file: string): string | undefined {
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}
