/**
 * `npm run entities -- merge <from-id> <into-id>`: one person (or place) recorded twice becomes
 * one. Every article naming `from` names `into` instead, places inside `from` are inside `into`,
 * `from`'s names become aliases of `into`, and `from`'s id is kept in `into.mergedIds`, so its
 * old page redirects and no new entry takes the id. Each file is written atomically, the
 * articles first and the entity list last: a run stopped halfway leaves a valid archive, and
 * running it again finishes the job; once done, a second run changes nothing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isSeq, parseDocument, type Document, type YAMLMap } from 'yaml';
import { readArchiveArticles, rewriteArticleLists } from './archive-articles.ts';
import { writeAtomic } from './content-store.ts';

/** What a merge did. */
export interface MergeResult {
  kind: 'people' | 'places';
  /** Articles rewritten. */
  articles: number;
  /** Places whose `within` moved. */
  within: number;
  /** False when `from` had been merged into `into` already. */
  changed: boolean;
}

/** A merge that cannot be done, with the reason and the fix. */
export class MergeError extends Error {}

function listDocument(root: string, kind: 'people' | 'places'): Document {
  const file = join(root, `${kind}.yaml`);
  return parseDocument(existsSync(file) ? readFileSync(file, 'utf8') : '[]\n');
}

function entryOf(document: Document, id: string): YAMLMap | undefined {
  const list = document.contents;
  if (!isSeq(list)) return undefined;
  return list.items.find((item): item is YAMLMap => isMap(item) && item.get('id') === id);
}

function strings(node: unknown): string[] {
  return isSeq(node) ? node.toJSON().filter((item): item is string => typeof item === 'string') : [];
}

/** Merges the entry `fromId` into `intoId` in the content folder `root`. */
export function mergeEntities(root: string, fromId: string, intoId: string): MergeResult {
  if (fromId === intoId) throw new MergeError(`cannot merge ${fromId} into itself`);
  const kind = (['people', 'places'] as const).find(
    (candidate) => entryOf(listDocument(root, candidate), intoId) !== undefined,
  );
  if (!kind)
    throw new MergeError(
      `${intoId} is in neither people.yaml nor places.yaml: give the id of the entry to keep`,
    );
  const document = listDocument(root, kind);
  const into = entryOf(document, intoId)!;
  const from = entryOf(document, fromId);
  if (!from) {
    if (strings(into.get('mergedIds')).includes(fromId))
      return { kind, articles: 0, within: 0, changed: false };
    throw new MergeError(
      `${fromId} is not in ${kind}.yaml: give the id of the entry to merge (both must be ${kind})`,
    );
  }
  const field = kind;
  let articles = 0;
  for (const article of readArchiveArticles(root)) {
    if (!article[field].includes(fromId)) continue;
    const replaced = [...new Set(article[field].map((id) => (id === fromId ? intoId : id)))];
    if (rewriteArticleLists(root, article.file, { ...article, [field]: replaced })) articles += 1;
  }
  let within = 0;
  const list = document.contents;
  if (kind === 'places' && isSeq(list)) {
    for (const item of list.items) {
      if (isMap(item) && item.get('within') === fromId) {
        item.set('within', intoId);
        within += 1;
      }
    }
  }
  const names = [from.get('name'), from.get('nameLatin'), ...strings(from.get('aliases'))].filter(
    (name): name is string => typeof name === 'string',
  );
  const aliases = [...new Set([...strings(into.get('aliases')), ...names])].filter(
    (name) => name !== into.get('name') && name !== into.get('nameLatin'),
  );
  if (aliases.length > 0) into.set('aliases', document.createNode(aliases, { flow: true }));
  const merged = [...new Set([...strings(into.get('mergedIds')), fromId, ...strings(from.get('mergedIds'))])];
  into.set('mergedIds', document.createNode(merged, { flow: true }));
  if (!into.get('nameLatin') && typeof from.get('nameLatin') === 'string')
    into.set('nameLatin', from.get('nameLatin'));
  if (!into.get('description') && typeof from.get('description') === 'string')
    into.set('description', from.get('description'));
  if (isSeq(list)) list.items = list.items.filter((item) => item !== from);
  writeAtomic(join(root, `${kind}.yaml`), document.toString({ lineWidth: 0, flowCollectionPadding: false }), {
    fsync: true,
  });
  return { kind, articles, within, changed: true };
}
