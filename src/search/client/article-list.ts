/**
 * The list of articles a search found, shown a page at a time: the first page with the
 * results, each next one on «Показать ещё», which moves focus to its first article. It holds
 * every result found (the same array a sharded search adds the years left to) and how many are
 * shown; its section is hidden while it has none, its button once every one is shown.
 */
import { pageOf } from './find-results.ts';
import type { PagefindResult, PagefindResultData } from './pagefind-api.ts';

/** The parts of the search page the list fills. */
export interface ArticleListParts {
  /** The list the articles are appended to. */
  list: HTMLElement;
  /** The section around it. */
  section: HTMLElement;
  /** «Показать ещё». */
  more: HTMLElement;
}

/** Renders one article, the query's `phrases` marked in it (search-render.ts `renderArticle`). */
export type RenderArticle = (data: PagefindResultData, phrases: string[]) => HTMLElement;

export class ArticleList {
  readonly #parts: ArticleListParts;
  readonly #render: RenderArticle;
  #articles: PagefindResult[] = [];
  #phrases: string[] = [];
  #shown = 0;

  constructor(parts: ArticleListParts, render: RenderArticle) {
    this.#parts = parts;
    this.#render = render;
  }

  /** How many articles the search has found so far. */
  get found(): number {
    return this.#articles.length;
  }

  /** How many of them are shown. */
  get shown(): number {
    return this.#shown;
  }

  /** Shows a new search's `articles`: `firstPage` (their first page's data), `phrases` marked. */
  start(articles: PagefindResult[], firstPage: PagefindResultData[], phrases: string[]): void {
    this.#articles = articles;
    this.#shown = 0;
    this.#phrases = phrases;
    this.#parts.list.replaceChildren();
    this.#append(firstPage, false);
  }

  /**
   * Renders the next page of articles and moves focus to its first one («Показать ещё»), unless
   * `current()` says by then that a newer search is shown.
   */
  async showMore(current: () => boolean): Promise<void> {
    const data = await pageOf(this.#articles, this.#shown);
    if (current()) this.#append(data, true);
  }

  /** Hides «Показать ещё» once every article found is shown, shows it while some are not. */
  updateMore(): void {
    this.#parts.more.hidden = this.#shown >= this.#articles.length;
  }

  /** Empties the list and hides it. */
  clear(): void {
    this.#articles = [];
    this.#parts.list.replaceChildren();
    this.#parts.section.hidden = true;
    this.#parts.more.hidden = true;
  }

  /** Appends a page of articles; when asked, moves focus to the first new one. */
  #append(data: PagefindResultData[], focus: boolean): void {
    const items = data.map((item) => this.#render(item, this.#phrases));
    this.#parts.list.append(...items);
    this.#shown += data.length;
    this.#parts.section.hidden = this.#articles.length === 0;
    this.updateMore();
    if (focus) items[0]?.querySelector('a')?.focus();
  }
}
