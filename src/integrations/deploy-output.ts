/**
 * After the build (and after Pagefind, so list it last): checks that no page carries inline
 * code the Content-Security-Policy would block, writes `_headers` for Netlify and Cloudflare
 * Pages, and reports the number of output files against the hosts' limits.
 */
import type { AstroIntegration } from 'astro';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
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
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        await writeFile(join(root, '_headers'), renderHeadersFile(base));
        // One listing of the output (tens of thousands of files) serves the check and the count.
        const paths = await listFiles(root);
        const htmlFiles = paths.filter((file) => file.endsWith('.html'));
        // The same problem usually sits in the layout, so it is reported once with its pages.
        const pagesByProblem = new Map<string, string[]>();
        for (const file of htmlFiles) {
          for (const problem of blockedInlineCode(await readFile(join(root, file), 'utf8'), INLINE_SCRIPTS)) {
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

        const files = await Promise.all(
          paths.map(async (path): Promise<OutputFile> => ({
            path,
            bytes: (await stat(join(root, path))).size,
          })),
        );
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
async function listFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}
