/**
 * The search page's JSON files (name buckets, name and date lists), each fetched once for the
 * page's life and shared by every search that needs it. A failed fetch is forgotten, so the
 * next search asks again.
 */
export class FetchOnce<T> {
  readonly #kept = new Map<string, Promise<T | undefined>>();
  readonly #missingIsEmpty: boolean;

  /** `missingIsEmpty`: a 404 (a file the build had no reason to write) is `undefined`, not an error. */
  constructor({ missingIsEmpty = false } = {}) {
    this.#missingIsEmpty = missingIsEmpty;
  }

  /** The file's JSON, fetched on the first call for `url`. */
  get(url: string): Promise<T | undefined> {
    let kept = this.#kept.get(url);
    if (!kept) {
      kept = fetch(url).then((response) => {
        if (response.status === 404 && this.#missingIsEmpty) return undefined;
        if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
        return response.json() as Promise<T>;
      });
      kept.catch(() => this.#kept.delete(url));
      this.#kept.set(url, kept);
    }
    return kept;
  }
}
