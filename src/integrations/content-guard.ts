/**
 * Fails `astro dev`, `astro build` and `astro check` when the content has any problem, listing
 * them all. Astro itself stops at the first schema error and only logs a `reference()` to a
 * missing entry; an archive must not build with a dangling link.
 */
import type { AstroIntegration } from 'astro';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateContent } from '../lib/validation/validate-content.ts';
import { formatProblems } from '../lib/validation/problem.ts';

export function contentGuard(contentRoot: string): AstroIntegration {
  return {
    name: 'letopis:content-guard',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const projectRoot = fileURLToPath(config.root);
        const { problems, articleCount } = validateContent(resolve(projectRoot, contentRoot), projectRoot);
        if (problems.length > 0) {
          throw new Error(
            `${formatProblems(problems)}\nRun "npm run check" to see them again without building.`,
          );
        }
        logger.info(`${articleCount} articles in ${contentRoot}/ passed validation`);
      },
    },
  };
}
