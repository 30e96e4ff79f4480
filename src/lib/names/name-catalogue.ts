/**
 * Every name the archive knows for its people and places, for matching a name an editor or an
 * outlet gives: whole names in any case, aliases and Latin names (`exact`), a surname alone
 * (`surname`), a spelling one letter off (`near`) and a mechanical transliteration («SShA»).
 * Entries are added one at a time as an import creates them, each in time proportional to its
 * number of forms, so matching stays linear in the names of an import.
 */
import type { Person } from '../../schemas/person.ts';
import type { Place } from '../../schemas/place.ts';
import { headNounForms } from './gazetteer.ts';
import { transliterationKey } from './latin-name.ts';
import { normalizeName } from './normalize.ts';
import { personNamePartForms } from './person-forms.ts';
import { placeNameForms } from './place-forms.ts';
import { NearIndex } from './spelling-distance.ts';

export type EntityKind = 'people' | 'places';

/** A form of a name found in text or given as a tag, and the entity it names. */
export interface FormMatch {
  kind: EntityKind;
  id: string;
  /** `full`: the whole name (or an alias, or a place's name); `surname`: a person's surname alone. */
  part: 'full' | 'surname';
}

/** Longest name, in words, that a scan of text tries. */
const MAX_NAME_WORDS = 6;

type Ids = Map<string, Set<string>>;

function addTo(map: Ids, key: string, id: string): void {
  if (!key) return;
  const ids = map.get(key);
  if (ids) ids.add(id);
  else map.set(key, new Set([id]));
}

export class NameCatalogue {
  readonly #full = { people: new Map() as Ids, places: new Map() as Ids };
  readonly #surnames: Ids = new Map();
  readonly #transliterations = { people: new Map() as Ids, places: new Map() as Ids };
  readonly #near = { people: new NearIndex<string>(), places: new NearIndex<string>() };
  readonly #names = { people: new Map<string, string>(), places: new Map<string, string>() };
  /** Ids of merged entries, and the entry each was merged into. */
  readonly #merged = new Map<string, string>();
  #longestWords = 1;

  constructor(people: Iterable<Person> = [], places: Iterable<Place> = []) {
    for (const person of people) this.addPerson(person);
    for (const place of places) this.addPlace(place);
  }

  /** Indexes a person's name, surname, aliases and Latin name in every case. */
  addPerson(person: Person): void {
    this.#names.people.set(person.id, person.name);
    for (const form of personNamePartForms(person)) {
      const key = normalizeName(form.text);
      if (form.part === 'full') this.#addFull('people', key, person.id);
      else if (form.part === 'surname') addTo(this.#surnames, key, person.id);
      if (form.case === 'nominative' && form.part !== 'first') this.#near.people.add(key, person.id);
    }
    this.#addIds('people', person);
  }

  /** Indexes a place's name and aliases in every case, and its Latin name. */
  addPlace(place: Place): void {
    this.#names.places.set(place.id, place.name);
    const forms = [
      ...placeNameForms(place).map((form) => form.text),
      ...[place.name, ...(place.aliases ?? [])].flatMap(headNounForms),
    ];
    for (const form of forms) this.#addFull('places', normalizeName(form), place.id);
    for (const name of [place.name, ...(place.aliases ?? []), ...(place.nameLatin ? [place.nameLatin] : [])])
      this.#near.places.add(normalizeName(name), place.id);
    this.#addIds('places', place);
  }

  /** True when `id` is an entry of `kind`, or was one merged into another. */
  has(kind: EntityKind, id: string): boolean {
    return this.#names[kind].has(id);
  }

  /** The display name of an entry. */
  nameOf(kind: EntityKind, id: string): string | undefined {
    return this.#names[kind].get(id);
  }

  /** The entries whose whole name, alias or Latin name, in any case, is `text`; or whose id it is. */
  exact(kind: EntityKind, text: string): string[] {
    if (this.#names[kind].has(text)) return [this.#merged.get(`${kind}/${text}`) ?? text];
    const found = this.#full[kind].get(normalizeName(text));
    if (found) return [...found];
    // «SShA», "Germaniya": a transliteration of a Russian name, never of a Latin one.
    if (/\p{Script=Cyrillic}/u.test(text)) return [];
    return [...(this.#transliterations[kind].get(transliterationKey(text)) ?? [])];
  }

  /** The people whose surname, in any case, is `text` (one word). */
  surname(text: string): string[] {
    return [...(this.#surnames.get(normalizeName(text)) ?? [])];
  }

  /** The entries whose name, surname or alias is one letter off `text`, with the spelling matched. */
  near(kind: EntityKind, text: string): { id: string; spelling: string }[] {
    return this.#near[kind].near(normalizeName(text)).map(({ key, value }) => ({ id: value, spelling: key }));
  }

  /**
   * What a run of words of text names: whole names of people and places, and surnames of
   * people (the caller decides whether a surname alone is enough).
   */
  formMatches(text: string): FormMatch[] {
    const key = normalizeName(text);
    const matches: FormMatch[] = [];
    for (const kind of ['people', 'places'] as const)
      for (const id of this.#full[kind].get(key) ?? []) matches.push({ kind, id, part: 'full' });
    for (const id of this.#surnames.get(key) ?? []) matches.push({ kind: 'people', id, part: 'surname' });
    return matches;
  }

  /** The most words of any name: how far a scan of text looks ahead. */
  get longestNameWords(): number {
    return this.#longestWords;
  }

  #addFull(kind: EntityKind, key: string, id: string): void {
    addTo(this.#full[kind], key, id);
    this.#longestWords = Math.min(MAX_NAME_WORDS, Math.max(this.#longestWords, key.split(' ').length));
  }

  #addIds(kind: EntityKind, entity: Person | Place): void {
    for (const id of entity.mergedIds ?? []) {
      this.#names[kind].set(id, entity.name);
      this.#merged.set(`${kind}/${id}`, entity.id);
    }
    for (const id of [entity.id, ...(entity.mergedIds ?? [])])
      addTo(this.#transliterations[kind], id.replaceAll('-', ''), entity.id);
    for (const name of [entity.name, ...(entity.aliases ?? [])])
      if (/\p{Script=Cyrillic}/u.test(name))
        addTo(this.#transliterations[kind], transliterationKey(name), entity.id);
  }
}
