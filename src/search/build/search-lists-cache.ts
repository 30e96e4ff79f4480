/**
 * The name and date lists (search-lists.ts) kept in Astro's cache folder between builds and
 * brought up to date incrementally: a rebuild after one new article rewrites the lists of its
 * people, places, months and days, not the thousands of files of a 20,000-article archive (~5 s
 * of the search job's core). A manifest records each article's fingerprint and lists; the lists
 * of an article that changed, arrived or left are built again from every article in them, and
 * the calendar of the date lists (list-calendar.ts) is written again whole, and a shared name's
 * list (shared-names.ts) again when one of its entities' lists is. A change to any
 * person or place (their forms decide every mention), to the code, or a missing manifest
 * builds them all.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
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
}

/** What an update did. */
export interface ListsUpdate {
  path: string;
  files: number;
  /** Files written (or removed) this time. */
  written: number;
}

function digest(parts: Iterable<string>): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(`${part}\0`);
  return hash.digest('hex');
}

/** Everything of an article a list shows or is decided by. */
function fingerprint(article: ListedArticle): string {
  const { path, title, lead, text, at, date, source, day, mentioned, years, entities } = article;
  return digest([
    path,
    title,
    lead ?? '',
    text,
    String(at),
    date,
    source,
    JSON.stringify([day, mentioned, years, entities]),
  ]);
}

function readManifest(file: string): ListsManifest | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as ListsManifest;
  } catch {
    return undefined;
  }
}

/** Writes a file whole, then moves it into place: a stopped build leaves the old one. */
function writeWhole(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, file);
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

/**
 * Brings the lists in the folder `root` up to date with `articles`, with its manifest in
 * `manifestFile`; `code` is a digest of the code that builds them, `maxItems` the most
 * articles a list holds whole (search-lists.ts).
 */
export function updateSearchLists(
  root: string,
  manifestFile: string,
  entities: readonly ListedEntity[],
  articles: readonly ListedArticle[],
  code: string,
  maxItems = MAX_LIST_ITEMS,
): ListsUpdate {
  const basis = digest([code, String(maxItems), ...entities.map((entity) => JSON.stringify(entity))]);
  const previous = readManifest(manifestFile);
  const current: ListsManifest = { basis, articles: {} };
  for (const article of articles) current.articles[article.path] = [fingerprint(article), listsOf(article)];
  const entityFiles = entities.map((entity) => `${entity.kind}/${entity.id}.json`);
  const shared = sharedNameLists(entities);
  let changed: Set<string> | undefined;
  if (previous?.basis === basis && existsSync(root)) {
    changed = new Set();
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
  if (changed) for (const file of changed) if (!files.has(file)) rmSync(join(root, file), { force: true });
  for (const [file, json] of files) writeWhole(join(root, file), JSON.stringify(json));
  const dates = new Set(Object.values(current.articles).flatMap(([, lists]) => lists.filter(isDateList)));
  writeWhole(join(root, CALENDAR_FILE), JSON.stringify(listCalendar(dates)));
  writeWhole(manifestFile, JSON.stringify(current));
  return {
    path: root,
    files: entityFiles.length + shared.size + dates.size,
    written: changed ? changed.size : files.size,
  };
}
