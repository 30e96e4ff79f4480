/**
 * Where prepared articles wait between the search job, which makes them, and the pages, which
 * take them (see src/data/prepared-articles.ts). One shelf per process, on `globalThis`,
 * because the integration that fills it and the pages that empty it are separate module
 * instances of this file. Each article is taken once and then dropped, so the shelf holds at
 * most the articles the job is ahead of the pages by.
 */
import type { ArticleForPage } from './prepare-article.ts';

export interface ArticleForPageShelf {
  put(id: string, article: ArticleForPage): void;
  /** The article prepared from the file with `digest`, removed from the shelf; else undefined. */
  take(id: string, digest: string): ArticleForPage | undefined;
  /** The same, left on the shelf for whoever takes it. */
  peek(id: string, digest: string): ArticleForPage | undefined;
  /** How many articles were put, and taken. */
  readonly counts: { put: number; taken: number };
}

const KEY = Symbol.for('letopis.prepared-articles');

class Shelf implements ArticleForPageShelf {
  readonly #articles = new Map<string, ArticleForPage>();
  readonly counts = { put: 0, taken: 0 };
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
}

/** The process's shelf. */
export function preparedArticleShelf(): ArticleForPageShelf {
  const global = globalThis as { [KEY]?: ArticleForPageShelf };
  global[KEY] ??= new Shelf();
  return global[KEY];
}
