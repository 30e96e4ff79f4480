/**
 * A place name in all six cases, with `russian-nouns-js` for nouns and the regular endings
 * for adjectives: «Нагорный Карабах» → «Нагорного Карабаха», «в Нагорном Карабахе».
 * Loan names ending in a vowel other than а/я (Баку, Сочи, Душанбе) do not decline.
 */
import RussianNouns from 'russian-nouns-js';
import type { Place } from '../../schemas/place.ts';
import { CASES, type GrammaticalCase, type NameForm } from './cases.ts';
import { isCyrillic } from './normalize.ts';
import { uniqueForms } from './person-forms.ts';
import { memoByObject } from '../memo-by-object.ts';

const engine = new RussianNouns.Engine();
const CASE_OF = {
  nominative: RussianNouns.Case.NOMINATIVE,
  genitive: RussianNouns.Case.GENITIVE,
  dative: RussianNouns.Case.DATIVE,
  accusative: RussianNouns.Case.ACCUSATIVE,
  instrumental: RussianNouns.Case.INSTRUMENTAL,
  prepositional: RussianNouns.Case.PREPOSITIONAL,
} as const;

type NounGender = 'masculine' | 'feminine' | 'neuter';

/** Adjective endings by gender and case: нагорный, нагорного, нагорному … */
const ADJECTIVE_ENDINGS: Record<string, Record<GrammaticalCase, string>> = {
  ый: {
    nominative: 'ый',
    genitive: 'ого',
    dative: 'ому',
    accusative: 'ый',
    instrumental: 'ым',
    prepositional: 'ом',
  },
  ий: {
    nominative: 'ий',
    genitive: 'его',
    dative: 'ему',
    accusative: 'ий',
    instrumental: 'им',
    prepositional: 'ем',
  },
  ой: {
    nominative: 'ой',
    genitive: 'ого',
    dative: 'ому',
    accusative: 'ой',
    instrumental: 'ым',
    prepositional: 'ом',
  },
  ая: {
    nominative: 'ая',
    genitive: 'ой',
    dative: 'ой',
    accusative: 'ую',
    instrumental: 'ой',
    prepositional: 'ой',
  },
  яя: {
    nominative: 'яя',
    genitive: 'ей',
    dative: 'ей',
    accusative: 'юю',
    instrumental: 'ей',
    prepositional: 'ей',
  },
  ое: {
    nominative: 'ое',
    genitive: 'ого',
    dative: 'ому',
    accusative: 'ое',
    instrumental: 'ым',
    prepositional: 'ом',
  },
  ые: {
    nominative: 'ые',
    genitive: 'ых',
    dative: 'ым',
    accusative: 'ые',
    instrumental: 'ыми',
    prepositional: 'ых',
  },
  ие: {
    nominative: 'ие',
    genitive: 'их',
    dative: 'им',
    accusative: 'ие',
    instrumental: 'ими',
    prepositional: 'их',
  },
  ее: {
    nominative: 'ее',
    genitive: 'его',
    dative: 'ему',
    accusative: 'ее',
    instrumental: 'им',
    prepositional: 'ем',
  },
};

// After к, г, х, ж, ш, ч, щ Russian spells и, not ы: «Нижний», «Великий».
const SOFT_AFTER = /[кгхжшчщ]$/u;

/** An adjective of a place name in a case, by its nominative ending: «Нижний» → «Нижнего». */
export function inflectAdjective(word: string, grammaticalCase: GrammaticalCase): string | undefined {
  const ending = word.slice(-2).toLowerCase();
  const table = ADJECTIVE_ENDINGS[ending];
  if (!table || word.length < 4) return undefined;
  const stem = word.slice(0, -2);
  let suffix = table[grammaticalCase];
  if (SOFT_AFTER.test(stem) && suffix.startsWith('ы')) suffix = `и${suffix.slice(1)}`;
  if (ending === 'ий' && SOFT_AFTER.test(stem)) {
    suffix = {
      nominative: 'ий',
      genitive: 'ого',
      dative: 'ому',
      accusative: 'ий',
      instrumental: 'им',
      prepositional: 'ом',
    }[grammaticalCase];
  }
  return stem + suffix;
}

function guessGender(noun: string): NounGender | 'indeclinable' {
  if (/[аяь]$/u.test(noun)) return /[ая]$/u.test(noun) ? 'feminine' : 'masculine';
  if (/[оеиуюэы]$/u.test(noun)) return 'indeclinable';
  return 'masculine';
}

function inflectNoun(
  noun: string,
  grammaticalCase: GrammaticalCase,
  gender: NounGender | 'indeclinable',
): string {
  if (gender === 'indeclinable') return noun;
  // A hyphenated compound declines its last part: Санкт-Петербург → Санкт-Петербурга.
  const dash = noun.lastIndexOf('-');
  if (dash > 0) return noun.slice(0, dash + 1) + inflectNoun(noun.slice(dash + 1), grammaticalCase, gender);
  const capital = noun[0] === noun[0]?.toUpperCase();
  const lemma = RussianNouns.createLemma({
    text: noun.toLowerCase(),
    gender: RussianNouns.Gender[gender.toUpperCase() as 'MASCULINE'],
  });
  const [form] = engine.decline(lemma, CASE_OF[grammaticalCase]);
  if (!form) return noun;
  return capital ? form[0]!.toUpperCase() + form.slice(1) : form;
}

/** One Russian place name in every case; the last word is the noun, words before it adjectives. */
export function inflectPlaceName(name: string, gender?: NounGender | 'indeclinable'): NameForm[] {
  if (!isCyrillic(name)) return [{ case: 'nominative', text: name }];
  const words = name.trim().split(/\s+/u);
  const noun = words.at(-1) ?? name;
  const nounGender = gender ?? guessGender(noun.toLowerCase());
  return CASES.map((grammaticalCase) => {
    const inflected = words.map((word, index) =>
      index === words.length - 1
        ? inflectNoun(word, grammaticalCase, nounGender)
        : (inflectAdjective(word, grammaticalCase) ?? word),
    );
    return { case: grammaticalCase, text: inflected.join(' ') };
  });
}

/**
 * Every spelling a reader may use for a place: the name and Russian aliases in six cases, the
 * Latin name and other aliases as written. Unique texts, nominative first.
 */
export const placeNameForms = memoByObject(function placeNameForms(
  place: Pick<Place, 'name' | 'nameLatin' | 'aliases' | 'gender'>,
): NameForm[] {
  return uniqueForms([
    ...inflectPlaceName(place.name, place.gender),
    ...(place.nameLatin ? [{ case: 'nominative' as const, text: place.nameLatin }] : []),
    ...(place.aliases ?? []).flatMap((alias) =>
      /^\p{Lu}{2,}$/u.test(alias) ? [{ case: 'nominative' as const, text: alias }] : inflectPlaceName(alias),
    ),
  ]);
});
