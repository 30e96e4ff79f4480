/**
 * The editorial tools' access to a content folder: reads the entity lists and the keys of
 * the articles already there, appends new people/places/sources to the YAML lists (keeping
 * their comments and layout) and writes files atomically — a temporary file in the same
 * folder, then a rename — so a crash or Ctrl+C never leaves half a file behind.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { isSeq, parse as parseYaml, parseDocument } from 'yaml';
import { z } from 'astro/zod';
import { personSchema, type Person } from '../../schemas/person.ts';
import { placeSchema, type Place } from '../../schemas/place.ts';
import { sourceSchema, type Source } from '../../schemas/source.ts';
import { parseArticleDate } from '../dates.ts';
import type { ArticleKey } from './duplicates.ts';
import type { NewEntities } from './entities.ts';

/** What the editorial tools need to know about a content folder. */
export interface ContentSnapshot {
  people: Person[];
  places: Place[];
  sources: Source[];
  /** Every article already there, by its path under `articles/`. */
  articles: ArticleKey[];
}

/** A content folder the tools cannot work on, with the reason. */
export class ContentError extends Error {}

const LISTS = { people: personSchema, places: placeSchema, sources: sourceSchema } as const;
type ListName = keyof typeof LISTS;

/** Throws `ContentError` unless `root` is a content folder (it holds people.yaml). */
export function assertContentFolder(root: string): void {
  if (!existsSync(join(root, 'people.yaml'))) {
    throw new ContentError(
      `${root} is not a content folder (no people.yaml): pass --content <dir> or run from the project root`,
    );
  }
}

/** Reads `root` (e.g. `content/`); throws `ContentError` when an entity list is unreadable. */
export function readContent(root: string): ContentSnapshot {
  assertContentFolder(root);
  return {
    people: readList(root, 'people') as Person[],
    places: readList(root, 'places') as Place[],
    sources: readList(root, 'sources') as Source[],
    articles: readArticleKeys(join(root, 'articles')),
  };
}

function readList(root: string, name: ListName): unknown[] {
  const file = join(root, `${name}.yaml`);
  let data: unknown;
  try {
    data = existsSync(file) ? parseYaml(readFileSync(file, 'utf8')) : [];
  } catch (error) {
    throw new ContentError(
      `${file} is not valid YAML (${(error as Error).message.split('\n')[0]}): run npm run check and fix it first`,
    );
  }
  const result = z.array(LISTS[name]).safeParse(data ?? []);
  if (!result.success)
    throw new ContentError(`${file} has invalid entries: run npm run check and fix them first`);
  return result.data;
}

function readArticleKeys(articlesRoot: string): ArticleKey[] {
  if (!existsSync(articlesRoot)) return [];
  const files = readdirSync(articlesRoot, { recursive: true, encoding: 'utf8' })
    .map((name) => name.split('\\').join('/'))
    .filter((name) => name.endsWith('.md'))
    .sort();
  const keys: ArticleKey[] = [];
  for (const file of files) {
    const source = readFileSync(join(articlesRoot, file), 'utf8');
    const block = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1];
    let data: Record<string, unknown> = {};
    try {
      const parsed: unknown = block ? parseYaml(block) : undefined;
      // A scalar or list front matter has none of the fields read below.
      if (typeof parsed === 'object' && parsed !== null) data = parsed as Record<string, unknown>;
    } catch {
      // A broken file is `npm run check`'s to report; its slug is still taken.
    }
    const day = parseArticleDate(data['date'])?.day ?? '';
    const str = (value: unknown) => (typeof value === 'string' ? value : '');
    keys.push({
      file,
      title: str(data['title']),
      day,
      source: str(data['source']),
      sourceUrl: str(data['sourceUrl']) || undefined,
    });
  }
  return keys;
}

/** The file an article at `file` (under `articles/`) currently holds, if any. */
export function readArticle(root: string, file: string): string | undefined {
  const path = join(root, 'articles', file);
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

/**
 * Writes one article file atomically, creating its dated folders. Without an fsync per file:
 * the rename alone keeps a crash or Ctrl+C from leaving half a file (and ext4 flushes data
 * replaced by rename before committing it), while an fsync each made a 3,000-line import
 * spend most of its time waiting for the disk.
 */
export function writeArticle(root: string, file: string, content: string): void {
  writeAtomic(join(root, 'articles', file), content, { fsync: false });
}

/** Appends the new entries to `people.yaml`, `places.yaml`, `sources.yaml`, each atomically. */
export function appendEntities(root: string, entities: NewEntities): void {
  for (const name of ['sources', 'people', 'places'] as const) {
    const added = entities[name];
    if (added.length === 0) continue;
    const file = join(root, `${name}.yaml`);
    const document = parseDocument(existsSync(file) ? readFileSync(file, 'utf8') : '[]\n');
    if (!isSeq(document.contents)) throw new ContentError(`${file} is not a YAML list`);
    const list = document.contents;
    // An empty list written as `[]` would keep the flow style; new entries go in block style.
    list.flow = false;
    for (const entry of added) document.add(document.createNode(withoutUndefined(entry)));
    writeAtomic(file, document.toString({ lineWidth: 0, flowCollectionPadding: false }), { fsync: true });
  }
}

function withoutUndefined(entry: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(entry).filter(([, value]) => value !== undefined));
}

/** Writes `path` through a temporary sibling and a rename; never half a file. */
export function writeAtomic(path: string, content: string, { fsync }: { fsync: boolean }): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileAtomic.sync(path, content, { encoding: 'utf8', fsync });
}
