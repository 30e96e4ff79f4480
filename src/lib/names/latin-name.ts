/**
 * Latin names: the real spelling when an editor or a gazetteer gives one, a transliteration only
 * for a name that is Russian (or written the Russian way, as post-Soviet names are), and a key
 * that matches a mechanical transliteration («SShA», "Germaniya") to the name it came from.
 */
import transliterate from '@sindresorhus/transliterate';
import { normalizeName } from './normalize.ts';

/** Endings of surnames whose Latin form is their transliteration: Лавров, Захарова, Шойгу… */
const RUSSIAN_SURNAME =
  /(?:ов|ев|ёв|ин|ын|ой|ий|ый|ова|ева|ёва|ина|ына|ая|ская|цкая|ский|цкий|ских|ко|ук|юк|чук|ян|янц|дзе|швили|енко|ич|ович|евич|бек|заде|ли|гу)$/u;

/** «Сергей Лавров» → "Sergey Lavrov"; capitals kept, spaces tidied. */
export function transliterated(name: string): string {
  return transliterate(name).replace(/\s+/g, ' ').trim() || name;
}

/**
 * The Latin name of a new person: `given` when the editor gave one; the transliteration of a
 * Russian-looking name («Мария Захарова» → "Mariya Zakharova"); otherwise `undefined`, to be
 * looked up («Тереза Мэй» is "Theresa May", not "Tereza Mey").
 */
export function personLatinName(name: string, given?: string): string | undefined {
  if (given) return given;
  if (!/\p{Script=Cyrillic}/u.test(name)) return name;
  const surname = name.trim().split(/\s+/u).at(-1) ?? name;
  return RUSSIAN_SURNAME.test(surname.toLocaleLowerCase('ru')) ? transliterated(name) : undefined;
}

/**
 * The key a mechanical transliteration shares with its Cyrillic original: «США» and "SShA" or
 * "s-sh-a" → "ssha", «Германия» and "Germaniya" → "germaniya". Letters only, lower case.
 */
export function transliterationKey(text: string): string {
  return transliterate(normalizeName(text))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}
