/**
 * What one article file says about itself, checked without looking at any other file: its
 * path, frontmatter, schema, repeated ids, folder date and body, plus the references it makes
 * (checked against the entity lists by validate-content.ts). It checks the file as the reader
 * parsed it (src/lib/content/article-file.ts), so nothing is parsed twice.
 */
import type { ArticleFile } from '../content/article-file.ts';
import { articleFile, parseArticlePath } from '../article-path.ts';
import { controlCharacterProblem } from '../control-characters.ts';
import { hasText } from '../markdown/front-matter.ts';
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

/** The checks of one article file as it was read, `body` being its Markdown body. */
export function checkArticle(
  read: Pick<ArticleFile, 'file' | 'frontmatter' | 'bodyLine'>,
  body: string,
): ArticleCheck[] {
  const checks: ArticleCheck[] = [];
  const problem = (found: FileProblem) => checks.push({ problem: found });
  const location = parseArticlePath(read.file);
  if (!location) {
    problem({
      message: 'is not at content/articles/YYYY/MM/DD-<slug>.md',
      fix: 'move it to its dated folder with a lowercase ASCII slug, e.g. 2022/05/12-glavy-mid-obsudili.md',
    });
  }
  const { frontmatter } = read;
  if (frontmatter.kind === 'missing') {
    problem({
      message: 'has no frontmatter',
      fix: 'start the file with a "---" block holding title, date, source, people and places',
    });
    return checks;
  }
  if (frontmatter.kind === 'invalid') {
    problem({
      message: `frontmatter is not valid YAML: ${frontmatter.message}`,
      fix: 'correct the YAML syntax in the "---" block',
    });
    return checks;
  }
  const { result } = frontmatter;
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
  const control = controlCharacterProblem(body, read.bodyLine);
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
