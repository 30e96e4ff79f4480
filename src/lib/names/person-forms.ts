/**
 * A person's name in all six cases, with `lvovich`: «Сергей Лавров», «Сергея Лаврова» …
 * «Лавровым», «Сергеем». Readers type a surname alone, a first name and surname, or either
 * in any case; all of these must lead to the person.
 */
import { getGender, inclineFirstname, inclineLastname } from 'lvovich';
import type { Person } from '../../schemas/person.ts';
import { CASES, type NameForm } from './cases.ts';
import { isCyrillic } from './normalize.ts';
import { memoByObject } from '../memo-by-object.ts';

type Gender = 'male' | 'female';

/** Splits «Сергей Викторович Лавров» into first, middle (ignored) and last name. */
function splitName(name: string): { first: string | undefined; last: string } {
  const words = name.trim().split(/\s+/u);
  const last = words.at(-1) ?? name;
  return { first: words.length > 1 ? words[0] : undefined, last };
}

/** Which part of a person's name a form is: the whole name, the surname alone, the first name alone. */
export type NamePart = 'full' | 'surname' | 'first';

/** A form of a person's name with the part of the name it is. */
export interface PersonNameForm extends NameForm {
  part: NamePart;
}

/**
 * The full name, the surname and the first name of one name in every case (Russian script), or
 * as written (Latin script: the name and its surname), each with the part it is.
 */
export function inflectPersonNameParts(name: string, gender?: Gender): PersonNameForm[] {
  const { first, last } = splitName(name);
  // Latin names do not decline, but readers type the surname alone: «Lavrov».
  if (!isCyrillic(name))
    return [
      { case: 'nominative', text: name, part: first ? 'full' : 'surname' },
      ...(first ? [{ case: 'nominative' as const, text: last, part: 'surname' as const }] : []),
    ];
  const resolved = gender ?? (getGender({ first: first ?? null, last }) as Gender | null) ?? undefined;
  const forms: PersonNameForm[] = [];
  for (const grammaticalCase of CASES) {
    const lastForm = inclineLastname(last, grammaticalCase, resolved ?? null);
    const firstForm = first ? inclineFirstname(first, grammaticalCase, resolved ?? null) : undefined;
    if (firstForm) forms.push({ case: grammaticalCase, text: `${firstForm} ${lastForm}`, part: 'full' });
    forms.push({ case: grammaticalCase, text: lastForm, part: first ? 'surname' : 'full' });
    if (firstForm) forms.push({ case: grammaticalCase, text: firstForm, part: 'first' });
  }
  return forms;
}

/** The full name, the surname and the first name of one Russian-script name, in every case. */
export function inflectPersonName(name: string, gender?: Gender): NameForm[] {
  return inflectPersonNameParts(name, gender).map(({ case: grammaticalCase, text }) => ({
    case: grammaticalCase,
    text,
  }));
}

/**
 * Every spelling of a person's name with the part of the name it is: the name and Russian
 * aliases in six cases, the Latin name and other aliases as written. A one-word name is whole
 * (`full`). Unique texts, nominative first; a text that is both a whole name and a surname
 * counts as the whole name.
 */
export const personNamePartForms = memoByObject(function personNamePartForms(
  person: Pick<Person, 'name' | 'nameLatin' | 'aliases' | 'gender'>,
): PersonNameForm[] {
  const forms = [
    ...inflectPersonNameParts(person.name, person.gender),
    ...(person.nameLatin ? inflectPersonNameParts(person.nameLatin) : []),
    ...(person.aliases ?? []).flatMap((alias) => inflectPersonNameParts(alias, person.gender)),
  ];
  const whole = new Set(forms.filter((form) => form.part === 'full').map((form) => form.text));
  return uniqueForms(forms.filter((form) => form.part === 'full' || !whole.has(form.text)));
});

/**
 * Every spelling a reader may use for a person: the name and Russian aliases in six cases,
 * the Latin name and other aliases as written. Unique texts, nominative first.
 */
export const personNameForms = memoByObject(function personNameForms(
  person: Pick<Person, 'name' | 'nameLatin' | 'aliases' | 'gender'>,
): NameForm[] {
  const forms = [
    ...inflectPersonName(person.name, person.gender),
    ...(person.nameLatin ? inflectPersonName(person.nameLatin) : []),
    ...(person.aliases ?? []).flatMap((alias) => inflectPersonName(alias, person.gender)),
  ];
  return uniqueForms(forms);
});

/** Drops repeated texts, keeping the first (and so the most basic) case of each. */
export function uniqueForms<T extends NameForm>(forms: readonly T[]): T[] {
  const seen = new Set<string>();
  return forms.filter((form) => {
    if (seen.has(form.text)) return false;
    seen.add(form.text);
    return true;
  });
}
