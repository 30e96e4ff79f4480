/**
 * After the build (and after Pagefind, so list it last): checks that no page carries inline
 * code the Content-Security-Policy would block, writes `_headers` for Netlify and Cloudflare
 * Pages, and reports the number of output files against the hosts' limits.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { blockedInlineCode } from '../lib/deploy/inline-code.ts';
import { INLINE_SCRIPTS } from '../lib/deploy/inline-scripts.ts';
import { renderHeadersFile } from '../lib/deploy/host-configs.ts';
import { formatBytes, limitWarnings, summarizeOutput, type OutputFile } from '../lib/deploy/file-limits.ts';

export function deployOutput(): AstroIntegration {
  let base = '/';
  return {
    name: 'letopis:deploy-output',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        writeFileSync(join(root, '_headers'), renderHeadersFile(base));
        // One listing of the output (tens of thousands of files) serves the check and the count.
        // Synchronous on purpose, as everything here: Node's promise API costs several thread-pool
        // round trips per file (at 20,000 articles 4.6 s to list, 18.5 s to read the pages one
        // after another, against 1.1 s and 3.1 s synchronously), and nothing runs meanwhile.
        const paths = listFiles(root);
        const htmlFiles = paths.filter((file) => file.endsWith('.html'));
        // The same problem usually sits in the layout, so it is reported once with its pages.
        const pagesByProblem = new Map<string, string[]>();
        for (const file of htmlFiles) {
          for (const problem of blockedInlineCode(readFileSync(join(root, file), 'utf8'), INLINE_SCRIPTS)) {
            pagesByProblem.set(problem, [...(pagesByProblem.get(problem) ?? []), file]);
          }
        }
        if (pagesByProblem.size > 0) {
          const lines = [...pagesByProblem].map(
            ([problem, pages]) =>
              `${problem}\n  on ${pages.length} page(s): ${pages.slice(0, 3).join(', ')}${pages.length > 3 ? ', …' : ''}`,
          );
          throw new Error(
            `Inline code the Content-Security-Policy would block:\n${lines.join('\n')}\n` +
              'Fix: move the code into a file (a processed <script> or a .css import), or keep an inline script as a ' +
              'string in src/lib (render it with <script is:inline set:html={…} />) and add it to src/lib/deploy/inline-scripts.ts.',
          );
        }

        const files = paths.map((path): OutputFile => ({ path, bytes: statSync(join(root, path)).size }));
        const summary = summarizeOutput(files);
        logger.info(
          `${summary.files} files, ${formatBytes(summary.bytes)} (${summary.pagefindFiles} from Pagefind) in ${relative(process.cwd(), root) || '.'}/`,
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
