/**
 * What the editorial commands tell the editor: one line per article that was not simply
 * added (where it came from, what went wrong, how to fix it) and a closing summary of
 * totals, new entries and every kind of clean-up.
 */
import { CLEANUP_KINDS, type CleanupKind } from './clean-text.ts';
import type { NewEntities, ReviewNote } from './entities.ts';
import type { ImportStats, NameResolution, Outcome } from './importer.ts';

/**
 * `messy.jsonl:7: failed: "title" is missing`, `messy.jsonl:9: refused people «Пророк»: …`,
 * or `undefined` for a plain success.
 */
export function outcomeLine(origin: string, outcome: Outcome): string | undefined {
  switch (outcome.kind) {
    case 'failed':
      return `${origin}: failed: ${outcome.reasons.join('; ')}`;
    case 'skipped':
      return `${origin}: skipped: ${outcome.reason}`;
    default:
      if (outcome.refused.length === 0) return undefined;
      return outcome.refused
        .map(
          ({ kind, name, reason }) =>
            `${origin}: refused ${kind} «${name}»: ${reason}; left out, no entry made`,
        )
        .join('\n');
  }
}

/** The review notes of the summary, one block per kind of note, each with what to do. */
function reviewLines(
  review: readonly ReviewNote[],
  contentRoot: string,
  nameOf: (kind: 'people' | 'places', id: string) => string | undefined,
): string[] {
  const lines: string[] = [];
  const shown = (kind: 'people' | 'places', id: string) => `${id} (${nameOf(kind, id) ?? id})`;
  const block = (type: ReviewNote['note']['type'], heading: string, line: (note: ReviewNote) => string) => {
    const notes = review.filter((note) => note.note.type === type);
    if (notes.length === 0) return;
    lines.push(`${heading} (${notes.length}):`);
    for (const note of notes.slice(0, LISTED)) lines.push(`  ${line(note)}`);
    if (notes.length > LISTED) lines.push(`  … and ${notes.length - LISTED} more`);
  };
  block('merged', 'merged — check', (note) => {
    const { why } = note.note as { why: string };
    return `«${note.given}» → ${shown(note.kind, note.id)}: ${why}`;
  });
  block('possible-duplicate', 'possible duplicates, kept apart', (note) => {
    const { of } = note.note as { of: string[] };
    const merges = of.map((other) => `npm run entities -- merge ${note.id} ${other}`).join(' or ');
    return `«${note.given}» → new ${note.id}, possible duplicate of ${of.map((other) => shown(note.kind, other)).join(', ')}: if one, ${merges}`;
  });
  block(
    'no-latin',
    `Latin name unknown: add "nameLatin" (the real spelling) in ${contentRoot}/people.yaml or places.yaml`,
    (note) => shown(note.kind, note.id),
  );
  block(
    'no-kind',
    `kind unknown: set "kind" (city, country…) and "within" in ${contentRoot}/places.yaml`,
    (note) => shown(note.kind, note.id),
  );
  return lines;
}

/** How many new entries of a kind the summary names; the rest are counted. */
const LISTED = 12;

/** The closing summary; `contentRoot` names the folder the entries were added to. */
export function summary(
  stats: ImportStats,
  created: NewEntities,
  contentRoot: string,
  review: readonly ReviewNote[] = [],
  nameOf: (kind: 'people' | 'places', id: string) => string | undefined = () => undefined,
): string {
  const lines = [
    `added ${stats.added}, updated ${stats.updated}, unchanged ${stats.unchanged}, skipped ${stats.skipped}, failed ${stats.failed}`,
  ];
  const list = (label: string, entries: { id: string; name: string }[]) => {
    if (entries.length === 0) return;
    const shown = entries.slice(0, LISTED).map((entry) => `${entry.name} (${entry.id})`);
    const more = entries.length > LISTED ? `, … and ${entries.length - LISTED} more` : '';
    lines.push(`new ${label} (${entries.length}): ${shown.join(', ')}${more}`);
  };
  list('sources', created.sources);
  list('people', created.people);
  list('places', created.places);
  lines.push(...reviewLines(review, contentRoot, nameOf));
  if (stats.refused.length > 0) {
    const names = [...new Set(stats.refused.map(({ kind, name }) => `«${name}» (${kind})`))];
    lines.push(
      `refused ${stats.refused.length} tags that are no names: ${names.slice(0, LISTED).join(', ')}${names.length > LISTED ? `, … and ${names.length - LISTED} more` : ''}`,
    );
  }
  if (stats.tagged.length > 0) {
    const counts = new Map<string, number>();
    for (const { kind, id } of stats.tagged)
      counts.set(`${kind}/${id}`, (counts.get(`${kind}/${id}`) ?? 0) + 1);
    const shown = [...counts].slice(0, LISTED).map(([key, count]) => {
      const [kind, id] = key.split('/') as ['people' | 'places', string];
      return `${nameOf(kind, id) ?? id} ×${count}`;
    });
    lines.push(
      `tagged from the text: ${stats.tagged.length} mentions of ${counts.size} people and places not in the tags: ${shown.join(', ')}${counts.size > LISTED ? ', …' : ''}`,
    );
  }
  const cleanups = (Object.keys(CLEANUP_KINDS) as CleanupKind[]).filter((kind) => stats.cleanup[kind] > 0);
  if (cleanups.length === 0) lines.push('clean-up: none needed');
  else {
    lines.push('clean-up (characters only, wording unchanged):');
    for (const kind of cleanups)
      lines.push(`  ${String(stats.cleanup[kind]).padStart(5)}  ${CLEANUP_KINDS[kind]}`);
  }
  return lines.join('\n');
}

/**
 * What `npm run new` wrote: the file, and how each name was resolved:
 * `people: «Лаврова» → sergey-lavrov; «Дмитрий Песков» → dmitriy-peskov (new, added to …/people.yaml)`.
 */
export function writtenReport(file: string, names: readonly NameResolution[], contentRoot: string): string {
  const lines = [file];
  for (const kind of ['sources', 'people', 'places'] as const) {
    const of = names.filter((resolution) => resolution.kind === kind);
    if (of.length === 0) continue;
    const described = of.map(
      ({ name, id, created, how }) =>
        `«${name}» → ${id}${created ? ` (new, added to ${contentRoot}/${kind}.yaml)` : how === 'text' ? ' (found in the text)' : how === 'surname' || how === 'near' ? ' (merged — check)' : ''}`,
    );
    lines.push(`  ${kind === 'sources' ? 'source' : kind}: ${described.join('; ')}`);
  }
  return lines.join('\n');
}
