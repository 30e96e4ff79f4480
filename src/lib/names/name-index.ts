/**
 * Finds people and places by any spelling of their name: «Лаврова», «Lavrov», «в Душанбе»'s
 * «Душанбе», «РФ». Built once from the entity lists; used by search query understanding and
 * by the editorial tools that match names to existing entries.
 */
import type { Person } from '../../schemas/person.ts';
import type { Place } from '../../schemas/place.ts';
import { NameTable } from './name-table.ts';
import { personNamePartForms } from './person-forms.ts';
import { placeNameForms } from './place-forms.ts';

export type { NamedKind, NameMatch } from './name-table.ts';

type Entities<T> = Iterable<[string, T]> | ReadonlyMap<string, T>;

export class NameIndex extends NameTable {
  constructor(people: Entities<Person>, places: Entities<Place>) {
    super();
    for (const [id, person] of people)
      for (const { part, ...form } of personNamePartForms(person))
        this.add('people', id, form, part === 'first');
    for (const [id, place] of places) for (const form of placeNameForms(place)) this.add('places', id, form);
  }
}
