/**
 * The name table as the search page holds it: the buckets (`/search/names/<file>.json`, see
 * `nameBucket`) of the words typed so far, fetched on demand and kept, and the display names
 * of the entities they list.
 */
import { NameTable, type NamedKind } from '../../lib/names/name-table.ts';
import { bucketFile, type NameBucketJson } from '../../lib/search/directory.ts';
import { nameBuckets } from '../../lib/search/query.ts';

export class NameDirectory {
  /** Every form of the buckets loaded so far: what `understandQuery` looks names up in. */
  readonly table = new NameTable();
  readonly #base: string;
  readonly #available: ReadonlySet<string>;
  readonly #buckets = new Map<string, Promise<void>>();
  readonly #names = new Map<string, string>();

  /** `available`: the buckets the build wrote (no other exists, so none is asked for). */
  constructor(base: string, available: Iterable<string>) {
    this.#base = base;
    this.#available = new Set(available);
  }

  /** Loads the buckets understanding `query` needs; resolves once all are in the table. */
  async prepare(query: string): Promise<void> {
    await Promise.all(
      nameBuckets(query)
        .filter((bucket) => this.#available.has(bucket))
        .map((bucket) => this.#load(bucket)),
    );
  }

  /** The display name of a person or place from a loaded bucket. */
  nameOf(kind: NamedKind, id: string): string | undefined {
    return this.#names.get(`${kind}/${id}`);
  }

  #load(bucket: string): Promise<void> {
    let loaded = this.#buckets.get(bucket);
    if (!loaded) {
      loaded = fetch(`${this.#base}search/names/${bucketFile(bucket)}.json`)
        .then((response) => {
          if (!response.ok) throw new Error(`name bucket ${bucket}: HTTP ${response.status}`);
          return response.json() as Promise<NameBucketJson>;
        })
        .then(({ table, names }) => {
          this.table.load(table);
          table.forEach(([kind, id], index) => this.#names.set(`${kind}/${id}`, names[index] ?? id));
        });
      // A failed fetch is not kept: the next search asks again.
      loaded.catch(() => this.#buckets.delete(bucket));
      this.#buckets.set(bucket, loaded);
    }
    return loaded;
  }
}
