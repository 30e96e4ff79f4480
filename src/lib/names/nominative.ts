/**
 * The nominative of a name given in another case, for storing a new person or place the way
 * pages show names: «Марии Захаровой» → «Мария Захарова», «Сергея Лаврова» → «Сергей Лавров»,
 * «Британии» → «Британия». A word the dictionary cannot place (a foreign surname such as «Мэй»
 * or «Биби») is kept as written, and so is a word that may already be the nominative.
 */
import { isCyrillic, normalizeName } from './normalize.ts';
import { inflectPersonName } from './person-forms.ts';
import { personReadings, readings, toNominative, type WordReading } from './morphology.ts';

/** The lower-case `result` with the capitals of `original` where the two share letters. */
function withCapitalsOf(original: string, result: string): string {
  return [...result]
    .map((char, index) => {
      const was = original[index];
      return was !== undefined &&
        was !== was.toLocaleLowerCase('ru') &&
        char.toLocaleLowerCase('ru') === was.toLocaleLowerCase('ru')
        ? was
        : char;
    })
    .join('')
    .replace(/^\p{Ll}/u, (first) => (/^\p{Lu}/u.test(original) ? first.toLocaleUpperCase('ru') : first));
}

/** Abbreviations (США, РФ) and names with digits stay as written. */
function keptAsWritten(word: string): boolean {
  return /^\p{Lu}{2,}$/u.test(word) || /\d/.test(word) || !isCyrillic(word);
}

/**
 * The reading of a first name or surname to go by: a form of another name before the word as a
 * name of its own («Дмитрия» is Дмитрий's genitive far more often than the rare Дмитрия).
 */
function likeliest(readingsOfWord: readonly WordReading[], word: string): WordReading | undefined {
  const lower = word.toLocaleLowerCase('ru').replaceAll('ё', 'е');
  return readingsOfWord.find((reading) => reading.known && reading.lemma !== lower) ?? readingsOfWord[0];
}

/** The gender a person's name shows: a first name's, else a surname's when it tells. */
function genderOf(words: readonly string[]): 'masc' | 'femn' | undefined {
  for (const tag of ['Name', 'Surn'] as const) {
    for (const word of words) {
      const reading = likeliest(
        personReadings(word).filter((candidate) => candidate.properTag === tag && candidate.known),
        word,
      );
      if (reading?.gender === 'masc' || reading?.gender === 'femn') return reading.gender;
    }
  }
  return undefined;
}

/** Case endings of a surname the dictionary does not know, and what its nominative may end in, by gender. */
const SURNAME_ENDINGS: Record<'masc' | 'femn', [ending: string, nominative: string[]][]> = {
  masc: [
    ['ым', ['']],
    ['им', ['']],
    ['ом', ['']],
    ['ем', ['ь', 'й']],
    ['а', ['']],
    ['я', ['ь', 'й']],
    ['у', ['']],
    ['ю', ['ь', 'й']],
    ['е', ['']],
  ],
  femn: [
    ['ой', ['а']],
    ['ей', ['я']],
    ['ы', ['а']],
    ['и', ['я']],
    ['е', ['а']],
    ['у', ['а']],
  ],
};

/** The nominatives a word of a person's name may have, likeliest first; the word itself last. */
function nominativeOptions(word: string, gender: 'masc' | 'femn' | undefined, isSurname: boolean): string[] {
  if (keptAsWritten(word) || word.includes('-')) return [word];
  const fitting = personReadings(word).filter(
    (reading) => !gender || !reading.gender || reading.gender === gender,
  );
  const options: string[] = [];
  const reading = likeliest(fitting, word);
  if (reading && !reading.nominative && (reading.known || reading.properTag === 'Surn')) {
    const nominative = toNominative(reading, gender);
    if (nominative) options.push(withCapitalsOf(word, nominative));
  }
  if (options.length === 0 && isSurname && fitting.every((candidate) => !candidate.known)) {
    const endings = gender ? SURNAME_ENDINGS[gender] : [...SURNAME_ENDINGS.masc, ...SURNAME_ENDINGS.femn];
    for (const [ending, nominatives] of endings) {
      if (!word.endsWith(ending) || word.length - ending.length < 3) continue;
      options.push(...nominatives.map((end) => word.slice(0, -ending.length) + end));
    }
  }
  return [...new Set([...options, word])];
}

/** Every combination of one option per word, in order of the options, at most `limit`. */
function combinations(options: readonly string[][], limit: number): string[][] {
  let result: string[][] = [[]];
  for (const choices of options)
    result = result.flatMap((start) => choices.map((choice) => [...start, choice])).slice(0, limit);
  return result;
}

/**
 * «Марии Захаровой» → «Мария Захарова»: each word's nominative by the dictionary (or, for a
 * surname it does not know, by its ending), kept only when `lvovich` declines the result back
 * to the name as given. Otherwise the name stays as written.
 */
export function personNominative(name: string): string {
  const words = name.trim().split(/\s+/u);
  const given = words.join(' ');
  if (!isCyrillic(given) || words.length > 4) return given;
  const gender = genderOf(words);
  const options = words.map((word, index) => nominativeOptions(word, gender, index === words.length - 1));
  const key = normalizeName(given);
  const sex = gender === 'masc' ? 'male' : gender === 'femn' ? 'female' : undefined;
  for (const combination of combinations(options, 16)) {
    const candidate = combination.join(' ');
    if (candidate === given) return given;
    // A man's first name read as oblique needs the surname to agree («Дмитрия Пескова»): alone it
    // may be a woman's name in the nominative («Асия Биби» is not Асий's genitive).
    if (
      words.length > 1 &&
      gender !== 'femn' &&
      combination.at(-1) === words.at(-1) &&
      combination[0] !== words[0]
    )
      continue;
    if (inflectPersonName(candidate, sex).some((form) => normalizeName(form.text) === key)) return candidate;
  }
  return given;
}

/**
 * «Британии» → «Британия», «Нагорном Карабахе» → «Нагорный Карабах». Only words the
 * dictionary knows change; otherwise the name stays as given.
 */
export function placeNominative(name: string): string {
  const words = name.trim().split(/\s+/u);
  if (!isCyrillic(name)) return words.join(' ');
  const nouns = words.map((word) => readings(word).filter((reading) => reading.known));
  const last = nouns.at(-1)?.find((reading) => reading.pos === 'NOUN');
  const changed = words.map((word, index) => {
    if (keptAsWritten(word) || word.includes('-')) return word;
    const known = nouns[index] ?? [];
    const wanted = index === words.length - 1 ? ['NOUN'] : ['ADJF'];
    const candidates = known.filter((reading) => wanted.includes(reading.pos));
    if (candidates.length === 0) return undefined;
    if (candidates.some((reading) => reading.nominative)) return word;
    const best = candidates.find((reading) => reading.proper) ?? candidates[0]!;
    const grammemes = ['nomn', (last ?? best).plural ? 'plur' : 'sing'];
    if (best.pos === 'ADJF' && last?.gender && !last.plural) grammemes.push(last.gender);
    const inflected = best.parse.inflect(grammemes);
    return inflected ? withCapitalsOf(word, inflected.word) : undefined;
  });
  return changed.every((word) => word !== undefined) ? changed.join(' ') : words.join(' ');
}
