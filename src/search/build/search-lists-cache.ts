/**
 * The name and date lists (search-lists.ts) kept in Astro's cache folder between builds and
 * brought up to date incrementally: a rebuild after one new article rewrites the lists of its
 * people, places, months and days, not the thousands of files of a 20,000-article archive (~5 s
 * of the search job's core). A manifest records each article's fingerprint and lists; the lists
 * of an article that changed, arrived or left are built again from every article in them, and
 * the calendar of the date lists (list-calendar.ts) is written again whole, and a shared name's
 * list (shared-names.ts) again when one of its entities' lists is. A change to any
 * person or place (their forms decide every mention), to the code, or a missing manifest
 * builds them all. The manifest records each list file's digest as written (file-digest.ts):
 * a list that no longer matches it (truncated, garbled, deleted, or a stray file) is built again
 * too, and a damaged manifest builds them all with a warning.
 */
import { createHash } from 'node:crypto';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { readCacheJson, writeCacheFile, type Warn } from '../../lib/cache-file.ts';
import { changedFiles, type Digest, type Hasher } from '../../lib/file-digest.ts';
import { buildSearchLists, listsOf } from './search-lists.ts';
import type { ListedArticle, ListedEntity } from './list-input.ts';
import { MAX_LIST_ITEMS } from '../shared/list-format.ts';
import { CALENDAR_FILE, isDateList, listCalendar } from '../shared/list-calendar.ts';
import { sharedNameLists } from '../shared/shared-names.ts';

/** The manifest, kept beside the lists' folder (which is published as it is). */
interface ListsManifest {
  /** The code's and the entities' digest the lists were built with. */
  basis: string;
  /** Each article's fingerprint and the lists it is in, by path. */
  articles: Record<string, [fingerprint: string, lists: string[]]>;
  /** Each list file's digest, as written. */
  files: Record<string, Digest>;
}

function isListsManifest(json: unknown): json is ListsManifest {
  const manifest = json as Partial<ListsManifest> | null;
  return (
    typeof manifest?.basis === 'string' &&
    typeof manifest.articles === 'object' &&
    manifest.articles !== null &&
    typeof manifest.files === 'object' &&
    manifest.files !== null
  );
}

/** What an update did. */
export interface ListsUpdate {
  path: string;
  files: number;
  /** Files written (or removed) this time. */
  written: number;
  /** Lists that did not match their recorded digests, built again. */
  damaged: number;
}

function digest(parts: Iterable<string>): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(`${part}\0`);
  return hash.digest('hex');
}

/** Everything of an article a list shows or is decided by. */
function fingerprint(article: ListedArticle): string {
  const { path, title, lead, text, at, date, source, day, mentioned, years, entities, mentions } = article;
  return digest([
    path,
    title,
    lead ?? '',
    text,
    String(at),
    date,
    source,
    JSON.stringify([day, mentioned, years, entities, mentions]),
  ]);
}

/**
 * Adds to `changed` the shared lists (shared-names.ts) of the entities whose lists changed;
 * returns the lists whose articles the changed ones are built from: those and the shared lists'
 * entities' lists.
 */
function withSharedLists(changed: Set<string>, shared: ReadonlyMap<string, readonly string[]>): Set<string> {
  const sources = new Set(changed);
  for (const [file, refs] of shared) {
    const members = refs.map((ref) => `${ref}.json`);
    if (!members.some((member) => changed.has(member))) continue;
    changed.add(file);
    for (const member of members) sources.add(member);
  }
  return sources;
}

/** Where the lists are kept and what checks them. */
export interface ListsCache {
  /** The folder of the lists. */
  root: string;
  /** Their manifest, beside the folder. */
  manifestFile: string;
  hasher: Hasher;
  /** Told when the manifest is damaged. */
  warn: Warn;
}

/**
 * Brings the lists of `cache` up to date with `articles`; `code` is a digest of the code that
 * builds them, `maxItems` the most articles a list holds whole (search-lists.ts).
 */
export function updateSearchLists(
  { root, manifestFile, hasher, warn }: ListsCache,
  entities: readonly ListedEntity[],
  articles: readonly ListedArticle[],
  code: string,
  maxItems = MAX_LIST_ITEMS,
): ListsUpdate {
  const basis = digest([code, String(maxItems), ...entities.map((entity) => JSON.stringify(entity))]);
  const previous = readCacheJson(
    manifestFile,
    'every name and date list is built again',
    warn,
    isListsManifest,
  );
  const current: ListsManifest = { basis, articles: {}, files: {} };
  for (const article of articles) current.articles[article.path] = [fingerprint(article), listsOf(article)];
  const entityFiles = entities.map((entity) => `${entity.kind}/${entity.id}.json`);
  const shared = sharedNameLists(entities);
  let changed: Set<string> | undefined;
  let damaged: string[] = [];
  if (previous?.basis === basis && existsSync(root)) {
    current.files = { ...previous.files };
    damaged = changedFiles(hasher, root, previous.files);
    changed = new Set(damaged);
    for (const [path, [print, lists]] of Object.entries(current.articles)) {
      const before = previous.articles[path];
      if (before?.[0] === print) continue;
      for (const file of [...lists, ...(before?.[1] ?? [])]) changed.add(file);
    }
    for (const [path, [, lists]] of Object.entries(previous.articles))
      if (!current.articles[path]) for (const file of lists) changed.add(file);
  } else {
    // The manifest goes first: a build that stops halfway leaves none to trust.
    rmSync(manifestFile, { force: true });
    rmSync(root, { recursive: true, force: true });
  }
  const sources = changed && withSharedLists(changed, shared);
  const files = buildSearchLists(
    entities,
    sources
      ? articles.filter((article) => current.articles[article.path]![1].some((file) => sources.has(file)))
      : articles,
    changed,
    maxItems,
  );
  if (changed)
    for (const file of changed)
      if (!files.has(file)) {
        rmSync(join(root, file), { force: true });
        delete current.files[file];
      }
  // Written whole, then moved into place: a stopped build leaves the old file.
  const write = (file: string, text: string) => {
    writeCacheFile(join(root, file), text);
    current.files[file] = hasher.digest(text);
  };
  for (const [file, json] of files) write(file, JSON.stringify(json));
  const dates = new Set(Object.values(current.articles).flatMap(([, lists]) => lists.filter(isDateList)));
  write(CALENDAR_FILE, JSON.stringify(listCalendar(dates)));
  writeCacheFile(manifestFile, JSON.stringify(current));
  return {
    path: root,
    files: entityFiles.length + shared.size + dates.size,
    written: changed ? changed.size : files.size,
    damaged: damaged.length,
  };
}
