/**
 * `npm run entities -- duplicates`: pairs of people (or places) that are probably one, with the
 * evidence an editor needs to decide — a form of the name both share («Скрипаль» is Сергей
 * Скрипаль's surname and the whole name of another entry), how many letters the names are
 * apart, and in how many articles both are named — and the command that merges them.
 */
import type { Person } from '../../schemas/person.ts';
import type { Place } from '../../schemas/place.ts';
import { NameCatalogue, type EntityKind } from '../names/name-catalogue.ts';
import { normalizeName } from '../names/normalize.ts';
import { personNamePartForms } from '../names/person-forms.ts';
import { placeNameForms } from '../names/place-forms.ts';
import { editDistance } from '../names/spelling-distance.ts';
import type { ArchiveArticle } from './archive-articles.ts';

/** Two entries that are probably one, and why. */
export interface DuplicatePair {
  kind: EntityKind;
  /** The entry with fewer articles, to merge into `into`. */
  from: string;
  into: string;
  sharedForms: string[];
  /** Letters between the two names (nominative, spelling-blind). */
  distance: number;
  coMentions: number;
  articles: { from: number; into: number };
}

/** Probable duplicates among the people and places of a content folder, likeliest first. */
export function findDuplicates(
  people: readonly Person[],
  places: readonly Place[],
  articles: readonly ArchiveArticle[],
): DuplicatePair[] {
  const catalogue = new NameCatalogue(people, places);
  const pairs = new Map<string, { kind: EntityKind; a: string; b: string; shared: Set<string> }>();
  const note = (kind: EntityKind, a: string, b: string, shared?: string) => {
    if (a === b) return;
    const [first, second] = [a, b].sort() as [string, string];
    const key = `${kind}/${first}/${second}`;
    const pair = pairs.get(key) ?? { kind, a: first, b: second, shared: new Set<string>() };
    if (shared) pair.shared.add(shared);
    pairs.set(key, pair);
  };
  type Form = { text: string; part: 'full' | 'surname' | 'first' };
  const entries: [EntityKind, { id: string; name: string }, Form[]][] = [
    ...people.map((person): [EntityKind, Person, Form[]] => ['people', person, personNamePartForms(person)]),
    ...places.map((place): [EntityKind, Place, Form[]] => [
      'places',
      place,
      placeNameForms(place).map((form) => ({ text: form.text, part: 'full' })),
    ]),
  ];
  for (const [kind, entity, forms] of entries) {
    for (const form of forms) {
      if (form.part === 'first') continue;
      // Two people sharing a surname are namesakes; a surname that is another entry's whole name is not.
      for (const match of catalogue.formMatches(form.text))
        if (match.kind === kind && (form.part === 'full' || match.part === 'full'))
          note(kind, entity.id, match.id, form.text);
    }
    for (const { id } of catalogue.near(kind, entity.name)) note(kind, entity.id, id);
  }
  const counts = new Map<string, number>();
  const together = new Map<string, number>();
  for (const article of articles) {
    for (const [kind, ids] of [
      ['people', article.people],
      ['places', article.places],
    ] as const) {
      for (const id of ids) counts.set(`${kind}/${id}`, (counts.get(`${kind}/${id}`) ?? 0) + 1);
      for (const a of ids)
        for (const b of ids)
          if (a < b) together.set(`${kind}/${a}/${b}`, (together.get(`${kind}/${a}/${b}`) ?? 0) + 1);
    }
  }
  const name = (kind: EntityKind, id: string) => catalogue.nameOf(kind, id) ?? id;
  return [...pairs.values()]
    .map(({ kind, a, b, shared }): DuplicatePair => {
      const countA = counts.get(`${kind}/${a}`) ?? 0;
      const countB = counts.get(`${kind}/${b}`) ?? 0;
      const [from, into] =
        countA < countB || (countA === countB && name(kind, a).length < name(kind, b).length)
          ? [a, b]
          : [b, a];
      return {
        kind,
        from,
        into,
        sharedForms: [...shared],
        distance: editDistance(normalizeName(name(kind, a)), normalizeName(name(kind, b))),
        coMentions: together.get(`${kind}/${a}/${b}`) ?? 0,
        articles: { from: counts.get(`${kind}/${from}`) ?? 0, into: counts.get(`${kind}/${into}`) ?? 0 },
      };
    })
    .sort((x, y) => y.sharedForms.length - x.sharedForms.length || x.distance - y.distance);
}
