/**
 * What the editorial commands tell the editor: one line per article that was not simply
 * added (where it came from, what went wrong, how to fix it) and a closing summary of
 * totals, new entries and every kind of clean-up.
 */
import { CLEANUP_KINDS, type CleanupKind } from './clean-text.ts';
import type { NewEntities } from './entities.ts';
import { NEW_PERSON_DESCRIPTION, NEW_PLACE_KIND } from './entities.ts';
import type { ImportStats, NameResolution, Outcome } from './importer.ts';

/** `messy.jsonl:7: failed: "title" is missing`, or `undefined` for a plain success. */
export function outcomeLine(origin: string, outcome: Outcome): string | undefined {
  switch (outcome.kind) {
    case 'failed':
      return `${origin}: failed: ${outcome.reasons.join('; ')}`;
    case 'skipped':
      return `${origin}: skipped: ${outcome.reason}`;
    default:
      return undefined;
  }
}

/** How many new entries of a kind the summary names; the rest are counted. */
const LISTED = 12;

/** The closing summary; `contentRoot` names the folder the entries were added to. */
export function summary(stats: ImportStats, created: NewEntities, contentRoot: string): string {
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
  if (created.people.length > 0) {
    lines.push(
      `  → new people have the description «${NEW_PERSON_DESCRIPTION}»: write a real one in ${contentRoot}/people.yaml`,
    );
  }
  if (created.places.length > 0) {
    lines.push(
      `  → new places have kind "${NEW_PLACE_KIND}": set city, country… (and "within") in ${contentRoot}/places.yaml`,
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
      ({ name, id, created }) =>
        `«${name}» → ${id}${created ? ` (new, added to ${contentRoot}/${kind}.yaml)` : ''}`,
    );
    lines.push(`  ${kind === 'sources' ? 'source' : kind}: ${described.join('; ')}`);
  }
  return lines.join('\n');
}
