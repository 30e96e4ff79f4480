/**
 * After the build (and after Pagefind, so list it last): puts the "not found" page at
 * `404.html` (src/build/status-page.ts), checks that no page carries inline code the
 * Content-Security-Policy would block, writes `_headers` for Netlify and Cloudflare Pages, and
 * reports the number of output files against the hosts' limits.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderHeadersFile } from '../lib/deploy/host-configs.ts';
import { readMovedPages, renderRedirectsFile } from '../lib/deploy/moved-pages.ts';
import { settings } from '../settings.ts';
import { CACHED_OUTPUT } from '../lib/incremental-manifest.ts';
import { checkInlineCode, type CheckCache } from '../build/inline-code-check.ts';
import { placeStatusPage } from '../build/status-page.ts';
import { publishedFolder } from '../build/output-swap.ts';
import { formatBytes, limitWarnings, summarizeOutput, type OutputFile } from '../lib/deploy/file-limits.ts';

/** The record of the pages that passed the inline-code check, in Astro's cache folder. */
const CHECKED_PAGES_FILE = 'letopis-checked-pages.json';

export function deployOutput(): AstroIntegration {
  let base = '/';
  let cache: CheckCache | undefined;
  return {
    name: 'letopis:deploy-output',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        // Without the incremental build every page is written anew, so a record would match none.
        const cacheDir = fileURLToPath(config.cacheDir);
        cache =
          config.experimental.incrementalBuild === true
            ? { recordFile: join(cacheDir, CHECKED_PAGES_FILE), pageCopies: join(cacheDir, CACHED_OUTPUT) }
            : undefined;
      },
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        placeStatusPage(root);
        writeFileSync(join(root, '_headers'), renderHeadersFile(base));
        // Old addresses of merged people and places: permanent redirects where the host reads them.
        const moves = readMovedPages(settings().LETOPIS_CONTENT);
        if (moves.length > 0) writeFileSync(join(root, '_redirects'), renderRedirectsFile(moves, base));
        // One listing of the output (tens of thousands of files) serves the check and the count.
        // Synchronous on purpose, as everything here: Node's promise API costs several thread-pool
        // round trips per file (at 20,000 articles 4.6 s to list, 18.5 s to read the pages one
        // after another, against 1.1 s and 3.1 s synchronously), and nothing runs meanwhile.
        const paths = listFiles(root);
        const stats = new Map(paths.map((path) => [path, statSync(join(root, path))]));
        const pages = new Map(
          paths.filter((path) => path.endsWith('.html')).map((path) => [path, stats.get(path)!]),
        );
        const checked = checkInlineCode(
          root,
          pages,
          cache && { ...cache, warn: (line) => logger.warn(line) },
        );
        if (cache && checked < pages.size)
          logger.info(
            `checked ${checked} pages for inline code (${pages.size - checked} unchanged since they passed)`,
          );

        const files = paths.map((path): OutputFile => ({ path, bytes: stats.get(path)!.size }));
        const summary = summarizeOutput(files);
        logger.info(
          `${summary.files} files, ${formatBytes(summary.bytes)} (${summary.pagefindFiles} from Pagefind) in ${relative(process.cwd(), publishedFolder(root)) || '.'}/`,
        );
        for (const warning of limitWarnings(summary)) logger.warn(warning);
      },
    },
  };
}

/** Every file under `root`, as `/`-separated paths relative to it, sorted. */
function listFiles(root: string): string[] {
  const entries = readdirSync(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}
