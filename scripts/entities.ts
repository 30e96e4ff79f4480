/**
 * `npm run entities -- <command> [--content <dir>]` — the people and places of an archive:
 *   tag [--dry-run]          adds to each article the known people and places its text mentions
 *                            (a whole name in any case, or a surname only one person has)
 *   duplicates               lists probable duplicates with the evidence and the merge command
 *   merge <from-id> <into-id> rewrites every article from one entry to the other, keeps the old
 *                            name as an alias and the old id in `mergedIds` (its page redirects)
 *
 * Exit codes: 0 done (duplicates: none found or listed); 2 usage error or a merge that cannot be
 * done; `tag --dry-run` exits 1 when it would change something.
 */
import { parseArgs } from 'node:util';
import { settings } from '../src/settings.ts';
import { readArchiveArticles, rewriteArticleLists } from '../src/lib/editorial/archive-articles.ts';
import { ContentError, readContent, type ContentSnapshot } from '../src/lib/editorial/content-store.ts';
import { EntityRegistry } from '../src/lib/editorial/entities.ts';
import { findDuplicates } from '../src/lib/editorial/entity-duplicates.ts';
import { MergeError, mergeEntities } from '../src/lib/editorial/merge-entities.ts';
import { usageErrorFor } from './usage-error.ts';

const USAGE = `usage: npm run entities -- tag [--dry-run] [--content <dir>]
       npm run entities -- duplicates [--content <dir>]
       npm run entities -- merge <from-id> <into-id> [--content <dir>]`;
const usageError: (message: string) => never = usageErrorFor(USAGE);

function parseCli() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        'dry-run': { type: 'boolean', default: false },
        content: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    return usageError((error as Error).message);
  }
}

const { values, positionals } = parseCli();
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const [command, ...rest] = positionals;
const root = (values.content ?? settings().LETOPIS_CONTENT).replace(/\/+$/, '');
let content: ContentSnapshot;
try {
  content = readContent(root);
} catch (error) {
  if (error instanceof ContentError) usageError(error.message);
  throw error;
}

switch (command) {
  case 'tag':
    tag(values['dry-run']);
    break;
  case 'duplicates':
    duplicates();
    break;
  case 'merge': {
    const [from, into, ...extra] = rest;
    if (!from || !into || extra.length > 0)
      usageError('merge takes two ids: the entry to merge and the one to keep');
    merge(from, into);
    break;
  }
  default:
    usageError(command ? `unknown command "${command}"` : 'no command');
}

function tag(dryRun: boolean): void {
  const entities = new EntityRegistry(content.people, content.places, content.sources);
  let articles = 0;
  let mentions = 0;
  for (const article of readArchiveArticles(root)) {
    const people = [...article.people];
    const places = [...article.places];
    const added: string[] = [];
    for (const mention of entities.mentions(article.texts)) {
      const list = mention.kind === 'people' ? people : places;
      if (list.includes(mention.id)) continue;
      list.push(mention.id);
      added.push(`«${mention.text}» → ${mention.id}`);
    }
    if (added.length === 0) continue;
    articles += 1;
    mentions += added.length;
    console.log(`articles/${article.file}: ${added.join('; ')}`);
    if (!dryRun) rewriteArticleLists(root, article.file, { people, places });
  }
  console.log(
    `${dryRun ? 'would tag' : 'tagged'} ${mentions} mentions in ${articles} articles${dryRun && mentions > 0 ? ' (run without --dry-run to write them)' : ''}`,
  );
  if (dryRun && mentions > 0) process.exitCode = 1;
}

function duplicates(): void {
  const pairs = findDuplicates(content.people, content.places, readArchiveArticles(root));
  const name = (kind: 'people' | 'places', id: string) =>
    (kind === 'people' ? content.people : content.places).find((entry) => entry.id === id)?.name ?? id;
  for (const pair of pairs) {
    const evidence = [
      pair.sharedForms.length > 0
        ? `shared forms ${pair.sharedForms.map((form) => `«${form}»`).join(', ')}`
        : undefined,
      `${pair.distance} letters apart`,
      `named together in ${pair.coMentions} articles`,
    ].filter(Boolean);
    console.log(
      `${pair.kind}: ${pair.from} «${name(pair.kind, pair.from)}» (${pair.articles.from} articles) ↔ ${pair.into} «${name(pair.kind, pair.into)}» (${pair.articles.into}): ${evidence.join('; ')}\n  → npm run entities -- merge ${pair.from} ${pair.into}`,
    );
  }
  console.log(pairs.length === 0 ? 'no probable duplicates' : `${pairs.length} probable duplicates`);
}

function merge(from: string, into: string): void {
  try {
    const result = mergeEntities(root, from, into);
    console.log(
      result.changed
        ? `merged ${from} into ${into} (${result.kind}): ${result.articles} articles rewritten${result.within > 0 ? `, ${result.within} places moved inside ${into}` : ''}; /${result.kind}/${from}/ now redirects to /${result.kind}/${into}/`
        : `${from} was merged into ${into} already: nothing to do`,
    );
  } catch (error) {
    if (error instanceof MergeError) usageError(error.message);
    throw error;
  }
}
