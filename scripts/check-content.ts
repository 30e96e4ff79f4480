/**
 * `npm run check`, first half: validates every file under the content root without building
 * and prints every problem at once. Exits 1 when there is any. (`astro check` runs next.)
 */
import { resolve } from 'node:path';
import { validateContent } from '../src/lib/validation/validate-content.ts';
import { formatProblems } from '../src/lib/validation/problem.ts';
import { settings } from '../src/settings.ts';

const root = settings().LETOPIS_CONTENT;
const { problems, articleCount } = validateContent(resolve(root));
if (problems.length > 0) {
  console.error(formatProblems(problems));
  process.exitCode = 1;
} else {
  console.log(`✓ ${articleCount} articles and their people, places and sources in ${root}/ are valid`);
}
