/**
 * Finds people and places by any spelling of their name: «Лаврова», «Lavrov», «в Душанбе»'s
 * «Душанбе», «РФ». Built once from the entity lists; used by search query understanding and
 * by the editorial tools that match names to existing entries.
 */
import type { Person } from '../../schemas/person.ts';
import type { Place } from '../../schemas/place.ts';
import { CASES, type NameForm } from './cases.ts';
import { normalizeName } from './normalize.ts';
import { personNameForms } from './person-forms.ts';
import { placeNameForms } from './place-forms.ts';

export type NamedKind = 'people' | 'places';

/** An entity whose name, in some case, is the text looked up. */
export interface NameMatch {
  kind: NamedKind;
  id: string;
  /** The form that matched, with its case. */
  form: NameForm;
}

type Entities<T> = Iterable<[string, T]> | ReadonlyMap<string, T>;

export class NameIndex {
  readonly #byKey = new Map<string, NameMatch[]>();
  readonly #longestKeyWords: number;

  constructor(people: Entities<Person>, places: Entities<Place>) {
    let longest = 1;
    const add = (kind: NamedKind, id: string, forms: NameForm[]) => {
      for (const form of forms) {
        const key = normalizeName(form.text);
        if (!key) continue;
        longest = Math.max(longest, key.split(' ').length);
        const matches = this.#byKey.get(key) ?? [];
        if (!matches.some((match) => match.kind === kind && match.id === id)) matches.push({ kind, id, form });
        this.#byKey.set(key, matches);
      }
    };
    for (const [id, person] of people) add('people', id, personNameForms(person));
    for (const [id, place] of places) add('places', id, placeNameForms(place));
    this.#longestKeyWords = longest;
  }

  /**
   * The entities one of whose forms is exactly `text` (ignoring case, ё and punctuation).
   * When a form is shared («Алиева»: genitive of Алиев, nominative of Алиева) the entity for
   * which it is the nominative comes first.
   */
  lookup(text: string): NameMatch[] {
    const matches = this.#byKey.get(normalizeName(text)) ?? [];
    return [...matches].sort((a, b) => CASES.indexOf(a.form.case) - CASES.indexOf(b.form.case));
  }

  /** The most words any indexed name has: how far a scan of free text needs to look ahead. */
  get longestNameWords(): number {
    return this.#longestKeyWords;
  }
}
