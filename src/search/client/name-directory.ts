/**
 * The name table as the search page holds it: the buckets (`/search/names/<file>.json`, see
 * `nameBucket`) of the words typed so far, fetched on demand and kept, and the display names
 * of the entities they list; and beside it the sound table's buckets (sound-table.ts), for a
 * name typed in another script («Trump», «Райанэйр»). It looks names up as query understanding
 * asks (`NameLookup`): as written first, else by sound.
 */
import { NameTable, type NameMatch, type NamedKind } from '../../lib/names/name-table.ts';
import { SoundTable } from '../../lib/names/sound-table.ts';
import { bucketFile, type NameBucketJson } from '../shared/directory.ts';
import { nameBuckets, soundBucketsOf, type NameLookup } from './query.ts';
import { FetchOnce } from './fetch-once.ts';

export class NameDirectory implements NameLookup {
  /** Every form of the buckets loaded so far: what `understandQuery` looks names up in. */
  readonly table = new NameTable();
  /** Every spelling of the sound buckets loaded so far. */
  readonly sounds = new SoundTable();
  readonly #base: string;
  readonly #available: ReadonlySet<string>;
  readonly #files = new FetchOnce<NameBucketJson>();
  readonly #inTable = new Set<string>();
  readonly #names = new Map<string, string>();

  /** `available`: the buckets the build wrote (no other exists, so none is asked for). */
  constructor(base: string, available: Iterable<string>) {
    this.#base = base;
    this.#available = new Set(available);
  }

  /** Loads the buckets understanding `query` needs; resolves once all are in the tables. */
  async prepare(query: string): Promise<void> {
    await Promise.all(
      [...nameBuckets(query), ...soundBucketsOf(query)]
        .filter((bucket) => this.#available.has(bucket))
        .map((bucket) => this.#load(bucket)),
    );
  }

  /** The entities a name names: as written, or by sound when nothing is written so. */
  lookup(text: string): NameMatch[] {
    const written = this.table.lookup(text);
    return written.length > 0 ? written : this.sounds.lookup(text);
  }

  /** The most words of any name loaded. */
  get longestNameWords(): number {
    return Math.max(this.table.longestNameWords, this.sounds.longestNameWords);
  }

  /** The display name of a person or place from a loaded bucket. */
  nameOf(kind: NamedKind, id: string): string | undefined {
    return this.#names.get(`${kind}/${id}`);
  }

  async #load(bucket: string): Promise<void> {
    const json = await this.#files.get(`${this.#base}search/names/${bucketFile(bucket)}.json`);
    if (!json || this.#inTable.has(bucket)) return;
    this.#inTable.add(bucket);
    this.table.load(json.table);
    json.table.forEach(([kind, id], index) => this.#names.set(`${kind}/${id}`, json.names[index] ?? id));
    if (json.sounds) {
      this.sounds.load(json.sounds);
      json.sounds.forEach(([kind, id], index) =>
        this.#names.set(`${kind}/${id}`, json.soundNames?.[index] ?? id),
      );
    }
  }
}
