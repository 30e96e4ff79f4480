/**
 * The lookup half of the name index, free of the declension libraries: a table from the
 * spelling-blind key of every name form to the entities it names. It serialises to JSON, so
 * the search page can load it without shipping `lvovich` to the browser.
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
}

/**
 * The table as JSON: each entity once, with its forms as `[case index in CASES, text]` pairs.
 * The keys are recomputed on load: storing them, and a match object per key, made the file
 * four times larger, and the search page downloads it for a first search.
 */
export type NameTableJson = [kind: NamedKind, id: string, forms: [caseIndex: number, text: string][]][];

export class NameTable {
  readonly #byKey = new Map<string, NameMatch[]>();
  #longestKeyWords = 1;

  /** Records that `form` names the entity `kind`/`id`. */
  protected add(kind: NamedKind, id: string, form: NameForm): void {
    const key = normalizeName(form.text);
    if (!key) return;
    this.#longestKeyWords = Math.max(this.#longestKeyWords, key.split(' ').length);
    const matches = this.#byKey.get(key) ?? [];
    if (!matches.some((match) => match.kind === kind && match.id === id)) matches.push({ kind, id, form });
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

  /** The most words any indexed name has: how far a scan of free text needs to look ahead. */
  get longestNameWords(): number {
    return this.#longestKeyWords;
  }

  toJSON(): NameTableJson {
    // Entities in the order they were added, each form in the order of its key, so that
    // fromJSON adds them in an order that gives every key the same list of matches.
    const entities = new Map<string, NameTableJson[number]>();
    for (const matches of this.#byKey.values()) {
      for (const { kind, id, form } of matches) {
        const entity = entities.get(`${kind}/${id}`) ?? [kind, id, []];
        entity[2].push([CASES.indexOf(form.case), form.text]);
        entities.set(`${kind}/${id}`, entity);
      }
    }
    return [...entities.values()];
  }

  /** The table back from `toJSON()`. */
  static fromJSON(json: NameTableJson): NameTable {
    const table = new NameTable();
    for (const [kind, id, forms] of json) {
      for (const [caseIndex, text] of forms) table.add(kind, id, { case: CASES[caseIndex]!, text });
    }
    return table;
  }
}
