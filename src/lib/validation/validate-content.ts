/**
 * Checks the whole content folder at once, before Astro touches it: schemas, references,
 * duplicate ids, dates, paths and empty bodies, and the search synonyms (validate-synonyms.ts).
 * Astro alone stops at the first schema error and only logs a reference to a missing entry;
 * this lists every problem and fails. It checks
 * the files as read-content.ts read them, and what passes is the snapshot the build shares.
 */
import { join, relative, sep } from 'node:path';
import type { z } from 'astro/zod';
import { personSchema } from '../../schemas/person.ts';
import { placeSchema } from '../../schemas/place.ts';
import { sourceSchema } from '../../schemas/source.ts';
import { checkArticle } from './check-article.ts';
import { yamlMessage } from '../content/article-file.ts';
import { imagePath, MIN_IMAGE_SIDE, readImageFile } from '../content/article-image.ts';
import {
  readContentFiles,
  type ContentArticle,
  type ContentFiles,
  type ContentSnapshot,
  type EntityCollection,
} from '../content/read-content.ts';
import type { ContentProblem } from './problem.ts';
import { zodProblems } from './zod-problems.ts';
import { checkSynonyms } from './validate-synonyms.ts';
import { mergedIdProblems, mergedInto } from './merged-ids.ts';

/** What the checks found, and the content when they found nothing. */
export interface ContentCheck {
  problems: ContentProblem[];
  articleCount: number;
  /** The checked content; when there are problems, the parts that passed. */
  content: ContentSnapshot;
}

const singular = { people: 'person', places: 'place', sources: 'source' } as const;

/** Reads and checks `content/` (or another content root); `projectRoot` names files in problems. */
export function validateContent(contentRoot: string, projectRoot = process.cwd()): ContentCheck {
  return checkContent(readContentFiles(contentRoot), projectRoot);
}

/** Checks content read by `readContentFiles` and returns every problem found. */
export function checkContent(files: ContentFiles, projectRoot: string): ContentCheck {
  const problems: ContentProblem[] = [];
  const show = (path: string) => relative(projectRoot, path).split(sep).join('/');
  const listFile = (collection: EntityCollection) => show(`${files.root}/${collection}.yaml`);

  // A list that could not be read at all is reported once, not once per reference into it.
  const unreadable = new Set<EntityCollection>();
  function entities<T extends { id: string }>(collection: EntityCollection, schema: z.ZodType<T>) {
    const found = new Map<string, T>();
    const file = listFile(collection);
    const list = files.lists[collection];
    if (list.kind === 'missing') {
      problems.push({ file, message: 'file is missing', fix: `create it with a YAML list of ${collection}` });
      unreadable.add(collection);
      return found;
    }
    if (list.kind === 'invalid') {
      problems.push({
        file,
        message: `is not valid YAML: ${yamlMessage(list.error)}`,
        fix: 'correct the YAML syntax at that line',
      });
      unreadable.add(collection);
      return found;
    }
    if (!Array.isArray(list.data)) {
      problems.push({
        file,
        message: 'must be a YAML list (each entry starting with "- id:")',
        fix: 'write one "- id: …" entry per item',
      });
      return found;
    }
    list.data.forEach((entry: unknown, index) => {
      const result = schema.safeParse(entry, { reportInput: true });
      const label = `[${index}]`;
      const rawId = isRecord(entry) && typeof entry['id'] === 'string' ? entry['id'] : undefined;
      const prefix = rawId ? `${rawId}.` : `${label}.`;
      if (!result.success) {
        problems.push(...zodProblems(file, result.error, prefix));
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
  const sources = entities('sources', sourceSchema);
  const people = entities('people', personSchema);
  const places = entities('places', placeSchema);
  const ids = { sources, people, places };

  for (const [id, place] of places) {
    const { within } = place;
    if (within !== undefined && !places.has(within)) {
      problems.push({
        file: listFile('places'),
        field: `${id}.within`,
        message: `unknown place id "${within}"`,
        fix: 'add that place to content/places.yaml or correct the id',
      });
    }
  }

  problems.push(...mergedIdProblems(listFile('people'), people.values()));
  problems.push(...mergedIdProblems(listFile('places'), places.values()));
  const merged = {
    people: mergedInto(people.values()),
    places: mergedInto(places.values()),
    sources: new Map<string, string>(),
  };

  const synonymsPath = `${files.root}/synonyms.yaml`;
  const synonyms = checkSynonyms(synonymsPath, show(synonymsPath));
  problems.push(...synonyms.problems);

  for (const relativePath of files.folders) {
    problems.push({
      file: show(join(files.articlesRoot, relativePath)),
      message: 'is a folder named like an article file',
      fix: 'rename the folder so it does not end in ".md"',
    });
  }
  for (const relativePath of files.misnamed) {
    problems.push({
      file: show(join(files.articlesRoot, relativePath)),
      message: 'is left out of the archive: only files ending in ".md" (lowercase) are articles',
      fix: `rename it to ${relativePath
        .replace(/\.[^./]+$/, '.md')
        .split('/')
        .pop()}`,
    });
  }

  const articles: ContentArticle[] = [];
  for (const article of files.articles) {
    const file = show(article.path);
    const found = problems.length;
    for (const check of checkArticle(article, files.texts.text(article.body))) {
      if ('problem' in check) problems.push({ file, ...check.problem });
      else if ('image' in check) {
        const problem = imageProblem(files.root, files.articlesRoot, article.file, check.image);
        if (problem) problems.push({ file, field: 'image.src', ...problem });
      } else if (!unreadable.has(check.reference) && !ids[check.reference].has(check.id)) {
        const replacement = merged[check.reference].get(check.id);
        problems.push({
          file,
          field: check.field,
          ...(replacement
            ? {
                message: `${singular[check.reference]} "${check.id}" was merged into "${replacement}"`,
                fix: `write "${replacement}"`,
              }
            : {
                message: `unknown ${singular[check.reference]} id "${check.id}"`,
                fix: `add it to content/${check.reference}.yaml or use an existing id`,
              }),
        });
      }
    }
    const { frontmatter } = article;
    if (problems.length === found && frontmatter.kind === 'parsed' && frontmatter.result.success) {
      const { data } = frontmatter.result;
      if (!data.draft) articles.push({ id: article.id, data, body: article.body, digest: article.digest });
    }
  }

  return {
    problems,
    articleCount: files.articles.length,
    content: { people, places, sources, articles, texts: files.texts, synonyms: synonyms.groups },
  };
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
