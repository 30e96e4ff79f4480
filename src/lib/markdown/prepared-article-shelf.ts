/**
 * Where prepared articles wait between the search job, which makes them, and the pages, which
 * take them (see src/data/prepared-articles.ts). One shelf per process, on `globalThis`,
 * because the integration that fills it and the pages that empty it are separate module
 * instances of this file. Each article is taken once and then dropped, so the shelf holds at
 * most the articles the job is ahead of the pages by.
 */
import type { ArticleForPage } from './prepare-article.ts';
import type { PreparedArticleStore } from './prepared-article-store.ts';

export interface ArticleForPageShelf {
  put(id: string, article: ArticleForPage): void;
  /** The article prepared from the file with `digest`, removed from the shelf; else undefined. */
  take(id: string, digest: string): ArticleForPage | undefined;
  /** The same, left on the shelf for whoever takes it. */
  peek(id: string, digest: string): ArticleForPage | undefined;
  /** Where articles prepared by earlier builds are kept (prepared-article-store.ts). */
  useStore(store: PreparedArticleStore): void;
  /** The article prepared from the file with `digest` by an earlier build, if kept. */
  stored(digest: string): ArticleForPage | undefined;
  /** How many articles were put, taken, and read from the store. */
  readonly counts: { put: number; taken: number; stored: number };
  /** Stored files found damaged (their articles rendered again). */
  readonly damaged: number;
}

const KEY = Symbol.for('letopis.prepared-articles');

class Shelf implements ArticleForPageShelf {
  readonly #articles = new Map<string, ArticleForPage>();
  #store: PreparedArticleStore | undefined;
  readonly counts = { put: 0, taken: 0, stored: 0 };
  put(id: string, article: ArticleForPage): void {
    this.#articles.set(id, article);
    this.counts.put += 1;
  }
  take(id: string, digest: string): ArticleForPage | undefined {
    const article = this.peek(id, digest);
    this.#articles.delete(id);
    if (article) this.counts.taken += 1;
    return article;
  }
  peek(id: string, digest: string): ArticleForPage | undefined {
    const article = this.#articles.get(id);
    return article?.digest === digest ? article : undefined;
  }
  get damaged(): number {
    return this.#store?.damaged ?? 0;
  }
  useStore(store: PreparedArticleStore): void {
    this.#store = store;
  }
  stored(digest: string): ArticleForPage | undefined {
    const article = this.#store?.get(digest);
    if (article) this.counts.stored += 1;
    return article;
  }
}

/** The process's shelf. */
export function preparedArticleShelf(): ArticleForPageShelf {
  const global = globalThis as { [KEY]?: ArticleForPageShelf };
  global[KEY] ??= new Shelf();
  return global[KEY];
}
