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

/** The table as JSON: `[key, matches]` pairs. */
export type NameTableJson = [key: string, matches: NameMatch[]][];

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
    return [...this.#byKey];
  }

  /** The table back from `toJSON()`. */
  static fromJSON(json: NameTableJson): NameTable {
    const table = new NameTable();
    for (const [, matches] of json) for (const match of matches) table.add(match.kind, match.id, match.form);
    return table;
  }
}
