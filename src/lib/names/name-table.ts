/**
 * The lookup half of the name index, free of the declension libraries: a table from the
 * spelling-blind key of every name form to the entities it names. It serialises to JSON, so
 * the search page can load it without shipping `lvovich` to the browser, and it splits into
 * buckets by the first letters of a form's first word, so the page loads only the part a
 * query can match (see `nameBucket`).
 */
import { CASES, type NameForm } from './cases.ts';
import { normalizeName } from './normalize.ts';

export type NamedKind = 'people' | 'places';

/** An entity whose name, in some case, is the text looked up. */
export interface NameMatch {
  kind: NamedKind;
  id: string;
  /** The form that matched, with its case. */
  form: NameForm;
  /** The form is a person's first name alone («Сергея»): it names every Сергей, no one person. */
  firstName?: boolean;
}

/**
 * The table as JSON: each entity once, with its forms as `[case index in CASES, text]` pairs;
 * a first name alone has its case index plus `CASES.length`. The keys are recomputed on load:
 * storing them, and a match object per key, made the file four times larger.
 */
export type NameTableJson = [kind: NamedKind, id: string, forms: [caseIndex: number, text: string][]][];

/** How many letters of a form's first word name its bucket. */
const BUCKET_LETTERS = 2;

/**
 * The bucket of a name form, or of a word a reader typed: the first two letters of its first
 * word, spelling-blind («Санкт-Петербурге» → «са», «Lavrov» → «la»). A lookup of text whose
 * first word is W can only match forms whose first word is W, and those all share W's bucket,
 * so the buckets of a query's words hold every form the query can name. `undefined` for text
 * without letters or digits.
 */
export function nameBucket(text: string): string | undefined {
  const first = normalizeName(text).split(' ')[0];
  return first ? [...first].slice(0, BUCKET_LETTERS).join('') : undefined;
}

export class NameTable {
  readonly #byKey = new Map<string, NameMatch[]>();
  #longestKeyWords = 1;

  /** Records that `form` names the entity `kind`/`id` (`firstName`: as a first name alone). */
  protected add(kind: NamedKind, id: string, form: NameForm, firstName = false): void {
    const key = normalizeName(form.text);
    if (!key) return;
    this.#longestKeyWords = Math.max(this.#longestKeyWords, key.split(' ').length);
    const matches = this.#byKey.get(key) ?? [];
    if (!matches.some((match) => match.kind === kind && match.id === id))
      matches.push({ kind, id, form, ...(firstName ? { firstName } : {}) });
    this.#byKey.set(key, matches);
  }

  /**
   * The entities one of whose forms is exactly `text` (ignoring case, ё and punctuation).
   * When a form is shared («Алиева»: genitive of Алиев, nominative of Алиева) the entity for
   * which it is the nominative comes first.
   */
  lookup(text: string): NameMatch[] {
    const matches = this.#byKey.get(normalizeName(text)) ?? [];
    return [...matches].sort((a, b) => CASES.indexOf(a.form.case) - CASES.indexOf(b.form.case));
  }

  /**
   * The forms (spelling-blind) that begin with `text` and are longer, at most `limit` + 1 of
   * them, so a caller can tell "at most `limit`" from "more".
   */
  formsStartingWith(text: string, limit: number): string[] {
    const start = normalizeName(text);
    const found: string[] = [];
    if (!start) return found;
    for (const key of this.#byKey.keys()) {
      if (key.length > start.length && key.startsWith(start)) found.push(key);
      if (found.length > limit) break;
    }
    return found;
  }

  /** Each form held, once (spelling-blind), as the archive writes it: «Меркель», «Меркелю»… */
  *spellings(): IterableIterator<string> {
    for (const matches of this.#byKey.values()) yield matches[0]!.form.text;
  }

  /** The most words any indexed name has: how far a scan of free text needs to look ahead. */
  get longestNameWords(): number {
    return this.#longestKeyWords;
  }

  toJSON(): NameTableJson {
    // Entities in the order they were added, each form in the order of its key, so that
    // fromJSON adds them in an order that gives every key the same list of matches.
    const entities = new Map<string, NameTableJson[number]>();
    for (const matches of this.#byKey.values()) {
      for (const { kind, id, form, firstName } of matches) {
        const entity = entities.get(`${kind}/${id}`) ?? [kind, id, []];
        entity[2].push([CASES.indexOf(form.case) + (firstName ? CASES.length : 0), form.text]);
        entities.set(`${kind}/${id}`, entity);
      }
    }
    return [...entities.values()];
  }

  /**
   * The table split by `nameBucket` of each form: every entity with a form in a bucket is
   * listed there with those forms, in `toJSON` order. Loading any set of buckets gives each
   * of their keys the same matches, in the same order, as the whole table.
   */
  toBuckets(): Map<string, NameTableJson> {
    const buckets = new Map<string, Map<string, NameTableJson[number]>>();
    for (const [kind, id, forms] of this.toJSON()) {
      for (const form of forms) {
        const bucket = nameBucket(form[1]);
        if (!bucket) continue;
        const entities = buckets.get(bucket) ?? new Map<string, NameTableJson[number]>();
        const entity = entities.get(`${kind}/${id}`) ?? [kind, id, []];
        entity[2].push(form);
        entities.set(`${kind}/${id}`, entity);
        buckets.set(bucket, entities);
      }
    }
    return new Map([...buckets].map(([bucket, entities]) => [bucket, [...entities.values()]]));
  }

  /** Adds the entities of a `toJSON()` table or bucket; returns the table. */
  load(json: NameTableJson): this {
    for (const [kind, id, forms] of json) {
      for (const [caseIndex, text] of forms)
        this.add(kind, id, { case: CASES[caseIndex % CASES.length]!, text }, caseIndex >= CASES.length);
    }
    return this;
  }

  /** The table back from `toJSON()`. */
  static fromJSON(json: NameTableJson): NameTable {
    return new NameTable().load(json);
  }
}
