/**
 * Checks the whole content folder at once, before Astro touches it: schemas, references,
 * duplicate ids, dates, paths and empty bodies. Astro alone stops at the first schema error
 * and only logs a reference to a missing entry; this lists every problem and fails.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { z } from 'astro/zod';
import { articleSchema } from '../../schemas/article.ts';
import { personSchema } from '../../schemas/person.ts';
import { placeSchema } from '../../schemas/place.ts';
import { sourceSchema } from '../../schemas/source.ts';
import { hasText, splitFrontmatter } from '../markdown/front-matter.ts';
import { articleFile, parseArticlePath } from '../article-path.ts';
import { listArticleFiles } from '../content/read-content.ts';
import type { ContentProblem } from './problem.ts';
import { zodProblems } from './zod-problems.ts';

/** What `validateContent` read: the entity ids it found, for callers that want them. */
export interface ContentCheck {
  problems: ContentProblem[];
  articleCount: number;
}

type Collection = 'people' | 'places' | 'sources';

const entitySchemas = { people: personSchema, places: placeSchema, sources: sourceSchema } as const;
const singular = { people: 'person', places: 'place', sources: 'source' } as const;

/** Validates `content/` (or another content root) and returns every problem found. */
export function validateContent(contentRoot: string, projectRoot = process.cwd()): ContentCheck {
  const problems: ContentProblem[] = [];
  const show = (path: string) => relative(projectRoot, path).split(sep).join('/');

  const ids = {} as Record<Collection, Map<string, Record<string, unknown>>>;
  // A list that could not be read at all is reported once, not once per reference into it.
  const unreadable = new Set<Collection>();
  for (const collection of ['sources', 'people', 'places'] as const) {
    ids[collection] = readEntities(join(contentRoot, `${collection}.yaml`), collection);
  }

  function readEntities(path: string, collection: Collection) {
    const found = new Map<string, Record<string, unknown>>();
    const file = show(path);
    if (!existsSync(path)) {
      problems.push({ file, message: 'file is missing', fix: `create it with a YAML list of ${collection}` });
      unreadable.add(collection);
      return found;
    }
    let data: unknown;
    try {
      data = parseYaml(readFileSync(path, 'utf8'), { prettyErrors: true });
    } catch (error) {
      problems.push({
        file,
        message: `is not valid YAML: ${yamlMessage(error)}`,
        fix: 'correct the YAML syntax at that line',
      });
      unreadable.add(collection);
      return found;
    }
    if (!Array.isArray(data)) {
      problems.push({
        file,
        message: 'must be a YAML list (each entry starting with "- id:")',
        fix: 'write one "- id: …" entry per item',
      });
      return found;
    }
    data.forEach((entry: unknown, index) => {
      const result = entitySchemas[collection].safeParse(entry, { reportInput: true });
      const label = `[${index}]`;
      const rawId = isRecord(entry) && typeof entry['id'] === 'string' ? entry['id'] : undefined;
      const prefix = rawId ? `${rawId}.` : `${label}.`;
      if (!result.success) {
        problems.push(...zodProblems(file, result.error as z.ZodError, prefix));
        return;
      }
      const { id } = result.data;
      if (found.has(id)) {
        problems.push({
          file,
          field: `${label}.id`,
          message: `duplicate ${singular[collection]} id "${id}"`,
          fix: 'ids must be unique: merge the two entries or give one a new id',
        });
        return;
      }
      found.set(id, result.data);
    });
    return found;
  }

  for (const [id, place] of ids.places) {
    const within = place['within'];
    if (typeof within === 'string' && !ids.places.has(within)) {
      problems.push({
        file: show(join(contentRoot, 'places.yaml')),
        field: `${id}.within`,
        message: `unknown place id "${within}"`,
        fix: 'add that place to content/places.yaml or correct the id',
      });
    }
  }

  const articlesRoot = join(contentRoot, 'articles');
  const files = listArticleFiles(articlesRoot);
  for (const file of files) checkArticle(join(articlesRoot, file), file);

  function checkArticle(path: string, relativePath: string) {
    const file = show(path);
    const location = parseArticlePath(relativePath);
    if (!location) {
      problems.push({
        file,
        message: 'is not at content/articles/YYYY/MM/DD-<slug>.md',
        fix: 'move it to its dated folder with a lowercase ASCII slug, e.g. 2022/05/12-glavy-mid-obsudili.md',
      });
    }
    const { frontmatter, body } = splitFrontmatter(readFileSync(path, 'utf8'));
    if (frontmatter === undefined) {
      problems.push({
        file,
        message: 'has no frontmatter',
        fix: 'start the file with a "---" block holding title, date, source, people and places',
      });
      return;
    }
    let data: unknown;
    try {
      data = parseYaml(frontmatter, { prettyErrors: true });
    } catch (error) {
      problems.push({
        file,
        message: `frontmatter is not valid YAML: ${yamlMessage(error)}`,
        fix: 'correct the YAML syntax in the "---" block',
      });
      return;
    }
    const result = articleSchema.safeParse(data ?? {}, { reportInput: true });
    if (!result.success) {
      problems.push(...zodProblems(file, result.error));
    } else {
      const article = result.data;
      const checkRef = (collection: Collection, id: string, field: string) => {
        if (!unreadable.has(collection) && !ids[collection].has(id)) {
          problems.push({
            file,
            field,
            message: `unknown ${singular[collection]} id "${id}"`,
            fix: `add it to content/${collection}.yaml or use an existing id`,
          });
        }
      };
      checkRef('sources', article.source, 'source');
      article.people.forEach((id, i) => checkRef('people', id, `people[${i}]`));
      article.places.forEach((id, i) => checkRef('places', id, `places[${i}]`));
      for (const collection of ['people', 'places'] as const) {
        const seen = new Set<string>();
        article[collection].forEach((id, i) => {
          if (seen.has(id))
            problems.push({
              file,
              field: `${collection}[${i}]`,
              message: `"${id}" is listed twice`,
              fix: 'remove the repeated id',
            });
          seen.add(id);
        });
      }
      if (location && location.day !== article.date.day) {
        problems.push({
          file,
          field: 'date',
          message: `${article.date.day} (Moscow time) disagrees with the folder date ${location.day}`,
          fix: `move the file to content/articles/${articleFile(article.date.day, location.slug)} or correct the date`,
        });
      }
    }
    if (!hasText(body)) {
      problems.push({
        file,
        field: 'body',
        message: 'the article has no text',
        fix: 'write the article text below the frontmatter',
      });
    }
  }

  return { problems, articleCount: files.length };
}

function yamlMessage(error: unknown): string {
  if (error instanceof YAMLParseError) return error.message.split('\n')[0] ?? error.message;
  return error instanceof Error ? error.message : String(error);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
