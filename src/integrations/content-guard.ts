/**
 * Reads the content folder once for the whole build and fails `astro dev`, `astro build` and
 * `astro check` when it has any problem, listing them all. Astro itself stops at the first
 * schema error and only logs a `reference()` to a missing entry; an archive must not build
 * with a dangling link. What it read is kept for the build's other steps
 * (src/lib/content/content-registry.ts), and the build ends with a line that says how many
 * times each article file was read and parsed: once.
 */
import type { AstroIntegration } from 'astro';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { publishContent } from '../lib/content/content-registry.ts';
import { readContentFiles } from '../lib/content/read-content.ts';
import { tallyLine } from '../lib/content/read-tally.ts';
import { checkContent } from '../lib/validation/validate-content.ts';
import { formatProblems } from '../lib/validation/problem.ts';

export function contentGuard(contentRoot: string): AstroIntegration {
  let articlePaths: string[] = [];
  return {
    name: 'letopis:content-guard',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const projectRoot = fileURLToPath(config.root);
        const files = readContentFiles(resolve(projectRoot, contentRoot));
        const { problems, articleCount, content } = checkContent(files, projectRoot);
        if (problems.length > 0) {
          throw new Error(
            `${formatProblems(problems)}\nRun "npm run check" to see them again without building.`,
          );
        }
        publishContent({ files, content });
        articlePaths = files.articles.map((article) => article.path);
        logger.info(`${articleCount} articles in ${contentRoot}/ passed validation`);
      },
      'astro:build:done': ({ logger }) => {
        const { line, once } = tallyLine(articlePaths);
        if (once) logger.info(line);
        else logger.warn(line);
      },
    },
  };
}
