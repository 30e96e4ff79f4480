/**
 * Names by how they sound (sound-key.ts), for a query word the name table (name-table.ts) does not
 * hold as written: a Latin spelling of a name the archive has in Cyrillic («Trump», «Theresa
 * May», «Germany» by the gazetteer's English name), or a Cyrillic spelling of a name written in
 * Latin («Райанэйр»). Each entry points at a form the name table and the search keys hold, so a
 * name found by sound is searched exactly like one typed as the archive writes it.
 *
 * Like the name table it serialises to JSON and splits into buckets, by the first two letters of
 * an entry's first sound codes and by who may match it (`b:rn` a name written in Latin, which a
 * Cyrillic spelling may match too; `l:tr` any other, for Latin spellings only), so the search page
 * loads only the buckets a typed word can match: a Cyrillic word only the few `b:` ones.
 */
import { distance } from 'fastest-levenshtein';
import { normalizeName, isCyrillic } from './normalize.ts';
import type { NameMatch, NamedKind } from './name-table.ts';
import { englishSpellings, nameWords, soundCodes } from './sound-key.ts';

/**
 * The table as JSON: `[kind, id, form, spelling, flags]` with `form` a form of the entity's name
 * in the nominative, `spelling` what sounds like the query (the form itself, its Latin name, an
 * English name from the gazetteer), `flags` the sum of `FIRST_NAME` and `NAMED_IN_LATIN`.
 */
export type SoundTableJson = [kind: NamedKind, id: string, form: string, spelling: string, flags: number][];

/** `flags`: the form is a first name alone («Майк»: it names no one person). */
const FIRST_NAME = 1;
/** `flags`: the entity's name is written in Latin («Ryanair»): a Cyrillic spelling may find it. */
const NAMED_IN_LATIN = 2;

interface Entry {
  kind: NamedKind;
  id: string;
  form: string;
  spelling: string;
  flags: number;
  /** The sound codes of each word of `spelling`. */
  codes: Set<string>[];
  /** The lower-case Latin spellings of `spelling`, to rank entries that sound alike. */
  latin: string[];
}

export const SOUND_FLAGS = { FIRST_NAME, NAMED_IN_LATIN } as const;

/** How many letters of a sound code name its bucket. */
const BUCKET_LETTERS = 2;

/** The bucket of a sound code among the entries of names in Latin (`b`) or others (`l`). */
function soundBucket(code: string, group: 'b' | 'l'): string {
  return `${group}:${code.slice(0, BUCKET_LETTERS).toLowerCase()}`;
}

/**
 * The buckets that hold every entry a word can match by sound, by its codes: a Cyrillic word's
 * among the names written in Latin, a Latin word's among all.
 */
export function soundBuckets(word: string): string[] {
  const scripts = isCyrillic(word) ? (['b'] as const) : (['b', 'l'] as const);
  const codes = soundCodes(word);
  return [...new Set(scripts.flatMap((script) => codes.map((code) => soundBucket(code, script))))];
}

export class SoundTable {
  /** Entries by the code of their first word. */
  readonly #byFirstCode = new Map<string, Entry[]>();
  readonly #entries: Entry[] = [];
  readonly #seen = new Set<string>();
  #longestWords = 1;

  /**
   * Adds that `spelling` sounds like the entity `kind`/`id`, whose form `form` the name table
   * holds; `flags`: `FIRST_NAME` (the form is a first name alone), `NAMED_IN_LATIN` (the
   * entity's name is written in Latin).
   */
  add(kind: NamedKind, id: string, form: string, spelling: string, flags = 0): void {
    const words = nameWords(spelling);
    const identity = `${kind}/${id}\n${spelling}`;
    if (words.length === 0 || this.#seen.has(identity)) return;
    this.#seen.add(identity);
    const entry: Entry = {
      kind,
      id,
      form,
      spelling,
      flags,
      codes: words.map((word) => new Set(soundCodes(word))),
      latin: spellingsOf(spelling),
    };
    this.#entries.push(entry);
    this.#longestWords = Math.max(this.#longestWords, words.length);
    for (const code of entry.codes[0]!) {
      const list = this.#byFirstCode.get(code) ?? [];
      list.push(entry);
      this.#byFirstCode.set(code, list);
    }
  }

  /**
   * The entities `text` sounds like, as matches of the form each is held by: a Latin text matches
   * any entry, a Cyrillic one only names written in Latin (a Cyrillic name typed another way is a
   * misspelling, for suggestions to handle). Of several entries that sound alike, those whose
   * spelling is nearest the text win; all the matches share one form.
   */
  lookup(text: string): NameMatch[] {
    const words = nameWords(text);
    if (words.length === 0) return [];
    const cyrillic = isCyrillic(text);
    if (!cyrillic && /\p{Script=Cyrillic}/u.test(text)) return [];
    const codes = words.map((word) => soundCodes(word));
    const candidates = new Set<Entry>();
    for (const code of codes[0]!)
      for (const entry of this.#byFirstCode.get(code) ?? []) candidates.add(entry);
    const typed = spellingsOf(text);
    const scored = [...candidates]
      .filter(
        (entry) =>
          entry.codes.length === words.length &&
          entry.codes.every((set, index) => codes[index]!.some((code) => set.has(code))) &&
          (!cyrillic ||
            ((entry.flags & NAMED_IN_LATIN) !== 0 && !/\p{Script=Cyrillic}/u.test(entry.spelling))),
      )
      .map((entry) => ({ entry, distance: nearest(typed, entry.latin) }))
      .sort((a, b) => a.distance - b.distance);
    const best = scored[0];
    if (!best) return [];
    const form = normalizeName(best.entry.form);
    const matches = new Map<string, NameMatch>();
    for (const { entry, distance: far } of scored) {
      if (far > best.distance || normalizeName(entry.form) !== form) continue;
      const key = `${entry.kind}/${entry.id}`;
      const known = matches.get(key);
      if (known && !known.firstName) continue;
      matches.set(key, {
        kind: entry.kind,
        id: entry.id,
        form: { case: 'nominative', text: entry.form },
        ...((entry.flags & FIRST_NAME) !== 0 ? { firstName: true } : {}),
      });
    }
    return [...matches.values()];
  }

  /** The most words of any spelling: how far a scan of a query looks ahead. */
  get longestNameWords(): number {
    return this.#longestWords;
  }

  toJSON(): SoundTableJson {
    return this.#entries.map((entry) => [entry.kind, entry.id, entry.form, entry.spelling, entry.flags]);
  }

  /** The table split into `soundBuckets` by each entry's first codes (an entry may be in several). */
  toBuckets(): Map<string, SoundTableJson> {
    const buckets = new Map<string, SoundTableJson>();
    for (const entry of this.#entries) {
      const group = (entry.flags & NAMED_IN_LATIN) !== 0 ? 'b' : 'l';
      for (const bucket of new Set([...entry.codes[0]!].map((code) => soundBucket(code, group)))) {
        const list = buckets.get(bucket) ?? [];
        list.push([entry.kind, entry.id, entry.form, entry.spelling, entry.flags]);
        buckets.set(bucket, list);
      }
    }
    return buckets;
  }

  /** Adds the entries of a `toJSON()` table or bucket; returns the table. */
  load(json: SoundTableJson): this {
    for (const [kind, id, form, spelling, flags] of json) this.add(kind, id, form, spelling, flags);
    return this;
  }
}

/** The lower-case Latin spellings of a text, word by word joined by spaces (the first few). */
function spellingsOf(text: string): string[] {
  let spellings = [''];
  for (const word of nameWords(text)) {
    const options = englishSpellings(word);
    spellings = spellings
      .flatMap((start) => options.map((option) => (start ? `${start} ${option}` : option)))
      .slice(0, 8);
  }
  return spellings;
}

/** The edit distance from the nearest of `typed` to the nearest of `known`. */
function nearest(typed: readonly string[], known: readonly string[]): number {
  let best = Number.POSITIVE_INFINITY;
  for (const a of typed) for (const b of known) best = Math.min(best, distance(a, b));
  return best;
}
