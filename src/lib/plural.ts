/**
 * Russian plural forms: «1 материал, 2 материала, 5 материалов». Uses the CLDR rules that
 * `Intl.PluralRules('ru')` carries, so 21, 111 and 1.5 come out right too.
 */
const rules = new Intl.PluralRules('ru');

/** The three forms a Russian noun takes after a number: one, few, many (1, 2, 5). */
export type PluralForms = readonly [one: string, few: string, many: string];

/** The form of a noun that agrees with `count`. */
export function pluralForm(count: number, [one, few, many]: PluralForms): string {
  switch (rules.select(count)) {
    case 'one':
      return one;
    case 'few':
      return few;
    case 'many':
      return many;
    default:
      return few; // 'other' in Russian covers fractions: «1,5 материала»
  }
}

/** «5 материалов»: the number, a no-break space, and the agreeing form. */
export function pluralize(count: number, forms: PluralForms): string {
  return `${count.toLocaleString('ru-RU')}\u00a0${pluralForm(count, forms)}`;
}
