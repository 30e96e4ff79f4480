/**
 * The sound table of the archive's people and places (src/lib/names/sound-table.ts): each name
 * as the archive writes it and in Latin (its Latin name, aliases, and for a place the English
 * names the gazetteer gives it), each spelling pointing at the entity's form in the nominative.
 * Only a name written in Latin («Ryanair») may be found by a Cyrillic spelling («Райанэйр»): a
 * Cyrillic word sounding like «Kazan» is no reason to take «казнь» for Казань.
 */
import { gazetteerEnglishNames } from '../../lib/names/gazetteer.ts';
import { personNamePartForms } from '../../lib/names/person-forms.ts';
import { placeNameForms } from '../../lib/names/place-forms.ts';
import { SOUND_FLAGS, SoundTable } from '../../lib/names/sound-table.ts';
import type { Person } from '../../schemas/person.ts';
import type { Place } from '../../schemas/place.ts';

/** Every person's and place's names in the nominative, by sound. */
export function nameSounds(
  people: ReadonlyMap<string, Person>,
  places: ReadonlyMap<string, Place>,
): SoundTable {
  const table = new SoundTable();
  const inLatin = (name: string) => (/\p{Script=Cyrillic}/u.test(name) ? 0 : SOUND_FLAGS.NAMED_IN_LATIN);
  for (const [id, person] of people)
    for (const form of personNamePartForms(person))
      if (form.case === 'nominative')
        table.add(
          'people',
          id,
          form.text,
          form.text,
          inLatin(person.name) | (form.part === 'first' ? SOUND_FLAGS.FIRST_NAME : 0),
        );
  for (const [id, place] of places) {
    for (const form of placeNameForms(place))
      if (form.case === 'nominative') table.add('places', id, form.text, form.text, inLatin(place.name));
    for (const name of [place.name, ...(place.aliases ?? [])])
      for (const english of gazetteerEnglishNames(name)) table.add('places', id, place.name, english);
  }
  return table;
}
