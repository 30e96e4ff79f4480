/**
 * Starts every build with an empty output folder without waiting for the old one to be deleted:
 * Astro's own emptying is turned off, and the old folder is moved aside and deleted in the
 * background while Astro works (src/build/clear-output.ts); the build ends once it is gone.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { clearOutput } from '../build/clear-output.ts';

export function freshOutput(): AstroIntegration {
  let outDir = '';
  let deletion: Promise<void> | undefined;
  return {
    name: 'letopis:fresh-output',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { build: { emptyOutDir: false } } });
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': () => {
        deletion = clearOutput(outDir);
        // A failed deletion is reported when the build ends, not as an unhandled rejection now.
        deletion.catch(() => {});
      },
      'astro:build:done': async () => {
        await deletion;
      },
    },
  };
}
