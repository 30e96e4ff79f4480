/**
 * Fails `astro dev`, `astro build` and `astro check` when the content has any problem, listing
 * them all. Astro itself stops at the first schema error and only logs a `reference()` to a
 * missing entry; an archive must not build with a dangling link. The checks of unchanged
 * article files are kept in Astro's cache folder, so a rebuild re-reads only what changed.
 */
import type { AstroIntegration } from 'astro';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { codeDigest } from '../lib/code-digest.ts';
import { JsonCache } from '../lib/json-cache.ts';
import type { ArticleCheck } from '../lib/validation/check-article.ts';
import { validateContent } from '../lib/validation/validate-content.ts';
import { formatProblems } from '../lib/validation/problem.ts';

/** The code that decides an article file's own checks. */
const CHECK_CODE = [
  '../lib/validation/check-article.ts',
  '../lib/validation/zod-problems.ts',
  '../schemas/article.ts',
  '../schemas/fields.ts',
  '../lib/dates.ts',
  '../lib/article-path.ts',
  '../lib/markdown/front-matter.ts',
  '../lib/markdown/parse.ts',
  '../lib/control-characters.ts',
].map((module) => new URL(module, import.meta.url));

export function contentGuard(contentRoot: string): AstroIntegration {
  return {
    name: 'letopis:content-guard',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const projectRoot = fileURLToPath(config.root);
        const cache = new JsonCache<ArticleCheck[]>(
          join(fileURLToPath(config.cacheDir), 'content-checks.json'),
          codeDigest(CHECK_CODE, ['yaml', 'zod', 'dayjs']),
        );
        const { problems, articleCount } = validateContent(
          resolve(projectRoot, contentRoot),
          projectRoot,
          cache,
        );
        cache.save();
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
