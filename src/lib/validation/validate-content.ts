/**
 * Checks the whole content folder at once, before Astro touches it: schemas, references,
 * duplicate ids, dates, paths and empty bodies. Astro alone stops at the first schema error
 * and only logs a reference to a missing entry; this lists every problem and fails.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { createHash } from 'node:crypto';
import { parse as parseYaml } from 'yaml';
import type { z } from 'astro/zod';
import { personSchema } from '../../schemas/person.ts';
import { placeSchema } from '../../schemas/place.ts';
import { sourceSchema } from '../../schemas/source.ts';
import { checkArticle, yamlMessage, type ArticleCheck } from './check-article.ts';
import type { JsonCache } from '../json-cache.ts';
import { isArticleFile } from '../content/read-content.ts';
import { imagePath, MIN_IMAGE_SIDE, readImageFile } from '../content/article-image.ts';
import type { ContentProblem } from './problem.ts';
import { zodProblems } from './zod-problems.ts';

/**
 * Where the checks of unchanged article files are kept between runs (see JsonCache): a file's
 * own checks depend on its path and bytes alone; its references are checked every time.
 */
export type ArticleCheckCache = Pick<JsonCache<ArticleCheck[]>, 'get' | 'set'>;

/** What `validateContent` read: the entity ids it found, for callers that want them. */
export interface ContentCheck {
  problems: ContentProblem[];
  articleCount: number;
}

type Collection = 'people' | 'places' | 'sources';

const entitySchemas = { people: personSchema, places: placeSchema, sources: sourceSchema } as const;
const singular = { people: 'person', places: 'place', sources: 'source' } as const;

/** Validates `content/` (or another content root) and returns every problem found. */
export function validateContent(
  contentRoot: string,
  projectRoot = process.cwd(),
  cache?: ArticleCheckCache,
): ContentCheck {
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
  const { files, misnamed, folders } = articleFilesAndMisnamed(articlesRoot);
  for (const relativePath of folders) {
    problems.push({
      file: show(join(articlesRoot, relativePath)),
      message: 'is a folder named like an article file',
      fix: 'rename the folder so it does not end in ".md"',
    });
  }
  for (const relativePath of misnamed) {
    problems.push({
      file: show(join(articlesRoot, relativePath)),
      message: 'is left out of the archive: only files ending in ".md" (lowercase) are articles',
      fix: `rename it to ${relativePath
        .replace(/\.[^./]+$/, '.md')
        .split('/')
        .pop()}`,
    });
  }
  for (const relativePath of files) {
    const path = join(articlesRoot, relativePath);
    const source = readFileSync(path);
    // The path is part of the key: the same text in another folder may have a wrong date.
    const key = createHash('sha1').update(relativePath).update('\0').update(source).digest('hex');
    const checks = cache?.get(key) ?? checkArticle(relativePath, source.toString('utf8'));
    cache?.set(key, checks);
    const file = show(path);
    for (const check of checks) {
      if ('problem' in check) problems.push({ file, ...check.problem });
      else if ('image' in check) {
        const problem = imageProblem(contentRoot, articlesRoot, relativePath, check.image);
        if (problem) problems.push({ file, field: 'image.src', ...problem });
      } else if (!unreadable.has(check.reference) && !ids[check.reference].has(check.id))
        problems.push({
          file,
          field: check.field,
          message: `unknown ${singular[check.reference]} id "${check.id}"`,
          fix: `add it to content/${check.reference}.yaml or use an existing id`,
        });
    }
  }

  return { problems, articleCount: files.length };
}

/** Other spellings of a Markdown file's extension, which the archive would silently skip. */
const MARKDOWN_LOOKALIKE = /\.(?:md|markdown|mdown|mdwn|mkdn|mkd)$/i;

/**
 * The article files under `articlesRoot` (as listArticleFiles lists them) and, from the same
 * listing, the Markdown files that are not read because of their extension (`.markdown`, `.MD`).
 */
function articleFilesAndMisnamed(articlesRoot: string): {
  files: string[];
  misnamed: string[];
  folders: string[];
} {
  if (!existsSync(articlesRoot)) return { files: [], misnamed: [], folders: [] };
  const entries = readdirSync(articlesRoot, { recursive: true, withFileTypes: true }).map((entry) => ({
    name: relative(articlesRoot, join(entry.parentPath, entry.name)).split(sep).join('/'),
    folder: entry.isDirectory(),
  }));
  const names = entries.filter((entry) => !entry.folder).map((entry) => entry.name);
  const files = names.filter(isArticleFile).sort();
  const misnamed = names
    .filter((name) => MARKDOWN_LOOKALIKE.test(name) && !name.endsWith('.md'))
    .filter((name) => isArticleFile(name.replace(MARKDOWN_LOOKALIKE, '.md')))
    .sort();
  // A folder named like an article would be read as one by the build, and fail there.
  const folders = entries
    .filter((entry) => entry.folder && isArticleFile(entry.name))
    .map((entry) => entry.name)
    .sort();
  return { files, misnamed, folders };
}

/** What is wrong with the picture an article names, if anything (checked every run: files change). */
function imageProblem(
  contentRoot: string,
  articlesRoot: string,
  articleFile: string,
  src: string,
): { message: string; fix: string } | undefined {
  const path = imagePath(contentRoot, articlesRoot, articleFile, src);
  if (!path)
    return {
      message: `"${src}" is outside the content folder`,
      fix: 'put the picture beside the article (or elsewhere in the content folder) and name it relative to the article file',
    };
  const image = readImageFile(path);
  if (typeof image === 'string')
    return {
      message: `"${src}": ${image}`,
      fix: `put a JPEG, PNG or WebP picture of at least ${MIN_IMAGE_SIDE} × ${MIN_IMAGE_SIDE} pixels at that path, relative to the article file`,
    };
  return undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
