/**
 * Every build writes into a fresh staging folder and replaces the output folder only once it
 * has finished (src/build/output-swap.ts), so an interrupted or failed build leaves the previous
 * output whole. List it last: its `astro:build:done` publishes what the others wrote.
 *
 * `astro build` gets the staging folder as its `outDir` (the other integrations see it as
 * theirs); `astro preview` and `astro dev` keep the configured one. Leftovers of earlier builds
 * are deleted in the background while Astro works, after the cached pages are linked in
 * (cached-pages.ts, whose `astro:build:start` runs first), and the build waits for that before
 * it publishes; the old output is deleted after it, without waiting.
 */
import { relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { deleteDetached, deleteElsewhere } from '../build/delete-elsewhere.ts';
import { prepareStaging, publishStaging, stagingFolder } from '../build/output-swap.ts';

export function freshOutput(): AstroIntegration {
  let outDir = '';
  let staging = '';
  let leftovers: string[] = [];
  let deletion: Promise<unknown> | undefined;
  return {
    name: 'letopis:fresh-output',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        outDir = fileURLToPath(config.outDir);
        staging = stagingFolder(outDir);
        // Astro's own emptying (file by file) is off: the staging folder starts empty.
        updateConfig({ outDir: pathToFileURL(`${staging}/`), vite: { build: { emptyOutDir: false } } });
      },
      'astro:config:done': () => {
        // Before any build:start hook: the cached pages are linked into this folder.
        if (staging) leftovers = prepareStaging(outDir, staging);
      },
      'astro:build:start': () => {
        deletion = Promise.all(leftovers.map(deleteElsewhere));
        // A failed deletion is reported when the build ends, not as an unhandled rejection now.
        deletion.catch(() => {});
      },
      'astro:build:done': async ({ logger }) => {
        await deletion;
        const old = publishStaging(staging, outDir);
        if (old) deleteDetached(old);
        logger.info(`the finished site replaced ${relative(process.cwd(), outDir) || '.'}/`);
      },
    },
  };
}
