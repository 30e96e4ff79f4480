/**
 * Russian morphology for names an editor or an outlet gives: what a word is (a first name, a
 * surname, a geographic name or a common word) and its nominative. It reads OpenCorpora's
 * dictionary through `az` (a port of pymorphy2), whose tags mark first names (Name), surnames
 * (Surn), patronymics (Patr) and geographic names (Geox), and which guesses unknown words by
 * their endings. `lvovich` and `russian-nouns-js` decline a name we know; they cannot tell
 * what an inflected word is. Measured (docs/decisions/0029-names-read-with-az.md): loading
 * takes ~170 ms and ~60 MB once per process, a word ~0.3 ms.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import Az, { type AzParse } from 'az';

const PROPER = ['Name', 'Surn', 'Patr', 'Geox', 'Orgn', 'Trad'] as const;

/** One reading of a word. */
export interface WordReading {
  /** Part of speech (OpenCorpora): NOUN, ADJF, PRTF, NPRO… */
  pos: string;
  /** The dictionary form, lower case. */
  lemma: string;
  /** A first name, surname, patronymic, geographic or organisation name. */
  proper: boolean;
  /** Which of those: `Name`, `Surn`, `Patr`, `Geox`, `Orgn`, `Trad`. */
  properTag: (typeof PROPER)[number] | undefined;
  gender: 'masc' | 'femn' | 'neut' | undefined;
  plural: boolean;
  nominative: boolean;
  /** The dictionary has the word (not a guess from its ending). */
  known: boolean;
  /** How likely this reading is, among the word's readings. */
  score: number;
  parse: AzParse;
}

let loaded = false;

/** Loads the dictionaries once, synchronously (az's own loader is callback-based and async). */
function morph(): typeof Az.Morph {
  if (loaded) return Az.Morph;
  const dicts = join(dirname(createRequire(import.meta.url).resolve('az')), '..', 'dicts');
  // az counts the files it waits for and finishes when the count drops to zero, so the reads
  // are queued and answered only after init has asked for all of them.
  const answers: (() => void)[] = [];
  Az.load = (url, responseType, callback) => {
    answers.push(() => {
      let data: Buffer;
      try {
        data = readFileSync(url);
      } catch (error) {
        callback(error as Error);
        return;
      }
      if (responseType === 'json') callback(null, JSON.parse(data.toString('utf8')));
      // A copy: a small file's Buffer can be a view of a shared pool.
      else callback(null, data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength));
    });
  };
  const failures: Error[] = [];
  Az.Morph.init(dicts, (error) => {
    if (error) failures.push(error);
  });
  for (const answer of answers) answer();
  if (failures[0]) throw failures[0];
  loaded = true;
  return Az.Morph;
}

const cache = new Map<string, WordReading[]>();

/**
 * The readings of one word, likeliest first (the same word is analysed once per process). The
 * capital letter matters: «Марии» is read as a first name, «марии» only as a common word.
 */
export function readings(word: string): WordReading[] {
  const key = word.replaceAll('ё', 'е').replaceAll('Ё', 'Е');
  const cached = cache.get(key);
  if (cached) return cached;
  const result = morph()(key).map((parse): WordReading => {
    const tag = parse.tag;
    const properTag = PROPER.find((name) => tag[name] === true);
    return {
      pos: tag.POS,
      lemma: String(parse.normalize().word ?? parse.word).toLocaleLowerCase('ru'),
      proper: properTag !== undefined,
      properTag,
      gender:
        tag['masc'] === true
          ? 'masc'
          : tag['femn'] === true
            ? 'femn'
            : tag['neut'] === true
              ? 'neut'
              : undefined,
      plural: tag['plur'] === true,
      nominative: tag['nomn'] === true,
      known: parse.parser === 'Dictionary',
      score: parse.score,
      parse,
    };
  });
  cache.set(key, result);
  return result;
}

/**
 * True when the word, as written, is the dictionary form of a common word: «Мир», «Вера»,
 * «Роман», «Пророк». Not «Песков» (a form of «песок», not the word itself) nor «Москва».
 */
export function isCommonWord(word: string): boolean {
  const lower = word.toLocaleLowerCase('ru').replaceAll('ё', 'е');
  return readings(lower).some(
    (reading) =>
      reading.known &&
      !reading.proper &&
      reading.nominative &&
      !reading.plural &&
      reading.lemma.replaceAll('ё', 'е') === lower &&
      ['NOUN', 'ADJF', 'NPRO'].includes(reading.pos),
  );
}

/** True when the dictionary knows the word only as a common word or pronoun, never as a name. */
export function isOnlyCommonWord(word: string): boolean {
  const all = readings(word);
  return (
    all.length > 0 &&
    all.every((reading) => reading.known && !reading.proper) &&
    all.some((reading) => ['NOUN', 'NPRO', 'ADJF'].includes(reading.pos))
  );
}

/** The readings of a word as a person's name (first name, surname or patronymic), likeliest first. */
export function personReadings(word: string): WordReading[] {
  return readings(word).filter(
    (reading) => reading.properTag && ['Name', 'Surn', 'Patr'].includes(reading.properTag),
  );
}

/** Inflects a reading to the nominative, keeping its gender and number; `undefined` if it cannot. */
export function toNominative(reading: WordReading, gender?: 'masc' | 'femn'): string | undefined {
  const grammemes = ['nomn', reading.plural ? 'plur' : 'sing'];
  const wanted = gender ?? (reading.gender === 'neut' ? undefined : reading.gender);
  if (wanted && reading.properTag === 'Surn') grammemes.push(wanted);
  const inflected = reading.parse.inflect(grammemes);
  return inflected ? inflected.word : undefined;
}
