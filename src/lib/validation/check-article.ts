/**
 * What one article file says about itself, checked without looking at any other file: its
 * path, frontmatter, schema, repeated ids, folder date and body, plus the references it makes
 * (checked against the entity lists by validate-content.ts). The result depends on the file's
 * bytes and path alone, so a build can keep it between runs, keyed by the file's digest.
 */
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { articleSchema } from '../../schemas/article.ts';
import { articleFile, parseArticlePath } from '../article-path.ts';
import { controlCharacterProblem } from '../control-characters.ts';
import { hasText, splitFrontmatter } from '../markdown/front-matter.ts';
import type { ContentProblem } from './problem.ts';
import { zodProblems } from './zod-problems.ts';

/** The entity lists an article refers to. */
export type ReferencedCollection = 'people' | 'places' | 'sources';

/** A problem of the file, without the file's name (it is added where the file is known). */
export type FileProblem = Omit<ContentProblem, 'file'>;

/**
 * One finding, in the order an editor reads them: a problem, or a reference to check against
 * the entity lists (which may change without this file changing).
 */
export type ArticleCheck =
  | { problem: FileProblem }
  | { reference: ReferencedCollection; id: string; field: string }
  | { image: string };

/** The checks of one article, from its path under `content/articles/` and its text. */
export function checkArticle(relativePath: string, source: string): ArticleCheck[] {
  const checks: ArticleCheck[] = [];
  const problem = (found: FileProblem) => checks.push({ problem: found });
  const location = parseArticlePath(relativePath);
  if (!location) {
    problem({
      message: 'is not at content/articles/YYYY/MM/DD-<slug>.md',
      fix: 'move it to its dated folder with a lowercase ASCII slug, e.g. 2022/05/12-glavy-mid-obsudili.md',
    });
  }
  const { frontmatter, body } = splitFrontmatter(source);
  if (frontmatter === undefined) {
    problem({
      message: 'has no frontmatter',
      fix: 'start the file with a "---" block holding title, date, source, people and places',
    });
    return checks;
  }
  let data: unknown;
  try {
    data = parseYaml(frontmatter, { prettyErrors: true });
  } catch (error) {
    problem({
      message: `frontmatter is not valid YAML: ${yamlMessage(error)}`,
      fix: 'correct the YAML syntax in the "---" block',
    });
    return checks;
  }
  const result = articleSchema.safeParse(data ?? {}, { reportInput: true });
  if (!result.success) {
    for (const { file: _file, ...found } of zodProblems('', result.error)) problem(found);
  } else {
    const article = result.data;
    checks.push({ reference: 'sources', id: article.source, field: 'source' });
    article.people.forEach((id, i) => checks.push({ reference: 'people', id, field: `people[${i}]` }));
    article.places.forEach((id, i) => checks.push({ reference: 'places', id, field: `places[${i}]` }));
    for (const collection of ['people', 'places'] as const) {
      const seen = new Set<string>();
      article[collection].forEach((id, i) => {
        if (seen.has(id))
          problem({
            field: `${collection}[${i}]`,
            message: `"${id}" is listed twice`,
            fix: 'remove the repeated id',
          });
        seen.add(id);
      });
    }
    if (article.image) checks.push({ image: article.image.src });
    if (article.updated && article.updated.instant.getTime() < article.date.instant.getTime()) {
      problem({
        field: 'updated',
        message: `${article.updated.day} is before the publication date ${article.date.day}`,
        fix: 'write the date of the last change, on or after "date", or remove "updated"',
      });
    }
    if (location && location.day !== article.date.day) {
      problem({
        field: 'date',
        message: `${article.date.day} (Moscow time) disagrees with the folder date ${location.day}`,
        fix: `move the file to content/articles/${articleFile(article.date.day, location.slug)} or correct the date`,
      });
    }
  }
  const bodyLine = source.slice(0, source.length - body.length).split('\n').length;
  const control = controlCharacterProblem(body, bodyLine);
  if (control) problem({ field: 'body', ...control });
  if (!hasText(body)) {
    problem({
      field: 'body',
      message: 'the article has no text',
      fix: 'write the article text below the frontmatter',
    });
  }
  return checks;
}

/** The first line of a YAML error, which names the line and column. */
export function yamlMessage(error: unknown): string {
  if (error instanceof YAMLParseError) return error.message.split('\n')[0] ?? error.message;
  return error instanceof Error ? error.message : String(error);
}
