/**
 * The content folder read once: the people, places and sources lists and every article file
 * (article-file.ts), parsed and not yet checked. The build reads it at `astro:config:setup`
 * (src/integrations/content-guard.ts), checks it (validate-content.ts) and shares the result
 * (content-registry.ts): Astro's loader, the search job and the pages take what they need from
 * it instead of reading the files again.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { Person } from '../../schemas/person.ts';
import type { Place } from '../../schemas/place.ts';
import type { Source } from '../../schemas/source.ts';
import type { SynonymGroup } from '../../schemas/synonyms.ts';
import {
  listArticleFolder,
  readArticleFile,
  type ArticleData,
  type ArticleFile,
  type ArticleListing,
} from './article-file.ts';
import { TextPool, type TextRef } from './text-pool.ts';

export type { ArticleData } from './article-file.ts';

/** The entity lists of the content folder. */
export type EntityCollection = 'people' | 'places' | 'sources';

/** An entity list file: missing, not YAML, or its YAML (checked by validate-content.ts). */
export type EntityListFile =
  | { kind: 'missing' }
  | { kind: 'invalid'; error: unknown }
  | { kind: 'parsed'; data: unknown };

/** Everything in a content folder, parsed, with every problem left for the checks to find. */
export interface ContentFiles extends Omit<ArticleListing, 'files'> {
  /** The content folder (absolute). */
  root: string;
  /** Its `articles/` folder. */
  articlesRoot: string;
  lists: Record<EntityCollection, EntityListFile>;
  /** In path order. */
  articles: ArticleFile[];
  /** The article bodies. */
  texts: TextPool;
}

/** One published article, as checked: what the search job builds from. */
export interface ContentArticle {
  /** The dated path without `.md`, `2022/05/12-slug`: the id Astro gives the entry. */
  id: string;
  data: ArticleData;
  /** The Markdown after the frontmatter, in the snapshot's text pool. */
  body: TextRef;
  /** SHA-1 of the whole file: what a cache of anything derived from the file is keyed by. */
  digest: string;
}

/** The whole content folder, checked. */
export interface ContentSnapshot {
  people: Map<string, Person>;
  places: Map<string, Place>;
  sources: Map<string, Source>;
  /** Published articles (drafts left out), in path order. */
  articles: ContentArticle[];
  /** The articles' bodies. */
  texts: TextPool;
  /** The search synonyms (`synonyms.yaml`; none without the file). */
  synonyms: SynonymGroup[];
}

/** Reads the content folder `root` (absolute): every file once. */
export function readContentFiles(root: string): ContentFiles {
  const articlesRoot = join(root, 'articles');
  const texts = TextPool.empty();
  const { files, misnamed, folders } = listArticleFolder(articlesRoot);
  return {
    root,
    articlesRoot,
    lists: {
      people: readList(join(root, 'people.yaml')),
      places: readList(join(root, 'places.yaml')),
      sources: readList(join(root, 'sources.yaml')),
    },
    articles: files.map((file) => readArticleFile(articlesRoot, file, texts)),
    misnamed,
    folders,
    texts,
  };
}

function readList(path: string): EntityListFile {
  if (!existsSync(path)) return { kind: 'missing' };
  try {
    return { kind: 'parsed', data: parseYaml(readFileSync(path, 'utf8'), { prettyErrors: true }) };
  } catch (error) {
    return { kind: 'invalid', error };
  }
}

/** A snapshot as it crosses to a worker thread: the pool as its shared chunks. */
export type PortableSnapshot = Omit<ContentSnapshot, 'texts'> & { texts: SharedArrayBuffer[] };

/** The snapshot for a worker thread (a structured clone copies the rest, never the bodies). */
export function portableSnapshot(content: ContentSnapshot): PortableSnapshot {
  return { ...content, texts: content.texts.chunks };
}

/** The snapshot a worker received. */
export function receivedSnapshot(content: PortableSnapshot): ContentSnapshot {
  return { ...content, texts: TextPool.of(content.texts) };
}
