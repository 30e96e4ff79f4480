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

/** The full name, the surname and the first name of one Russian-script name, in every case. */
export function inflectPersonName(name: string, gender?: Gender): NameForm[] {
  const { first, last } = splitName(name);
  // Latin names do not decline, but readers type the surname alone: «Lavrov».
  if (!isCyrillic(name))
    return [
      { case: 'nominative', text: name },
      ...(first ? [{ case: 'nominative' as const, text: last }] : []),
    ];
  const resolved = gender ?? (getGender({ first: first ?? null, last }) as Gender | null) ?? undefined;
  const forms: NameForm[] = [];
  for (const grammaticalCase of CASES) {
    const lastForm = inclineLastname(last, grammaticalCase, resolved ?? null);
    const firstForm = first ? inclineFirstname(first, grammaticalCase, resolved ?? null) : undefined;
    if (firstForm) forms.push({ case: grammaticalCase, text: `${firstForm} ${lastForm}` });
    forms.push({ case: grammaticalCase, text: lastForm });
    if (firstForm) forms.push({ case: grammaticalCase, text: firstForm });
  }
  return forms;
}

/**
 * Every spelling a reader may use for a person: the name and Russian aliases in six cases,
 * the Latin name and other aliases as written. Unique texts, nominative first.
 */
export const personNameForms = memoByObject(function personNameForms(
  person: Pick<Person, 'name' | 'nameLatin' | 'aliases' | 'gender'>,
): NameForm[] {
  const forms = [
    ...inflectPersonName(person.name, person.gender),
    ...inflectPersonName(person.nameLatin),
    ...(person.aliases ?? []).flatMap((alias) => inflectPersonName(alias, person.gender)),
  ];
  return uniqueForms(forms);
});

/** Drops repeated texts, keeping the first (and so the most basic) case of each. */
export function uniqueForms(forms: readonly NameForm[]): NameForm[] {
  const seen = new Set<string>();
  return forms.filter((form) => {
    if (seen.has(form.text)) return false;
    seen.add(form.text);
    return true;
  });
}
