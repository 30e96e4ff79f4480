/**
 * The name and date lists as the search page fetches them (`<base>search/lists/…`, see
 * search-lists.ts): each file once, kept for the page's life; the answer of a query the lists
 * can answer (list-answer.ts), as Pagefind-shaped results the page renders like any other.
 */
import { answerFromLists, type ListPlan, type ListRest, type ListResult } from './list-answer.ts';
import { LISTS_FOLDER, type ListCard, type ListJson } from '../shared/list-format.ts';
import { CALENDAR_FILE, isDateList, listExists, type ListCalendar } from '../shared/list-calendar.ts';
import { isSharedList } from '../shared/shared-names.ts';
import { namesAhead } from './names-ahead.ts';
import type { Sort } from '../shared/sorts.ts';
import type { PagefindResultData } from './pagefind-api.ts';
import { FetchOnce } from './fetch-once.ts';

export class ListFiles {
  readonly #base: string;
  readonly #files = new FetchOnce<ListJson>({ missingIsEmpty: true });
  readonly #calendar = new FetchOnce<ListCalendar>({ missingIsEmpty: true });

  constructor(base: string) {
    this.#base = base;
  }

  /**
   * At a keystroke, `q` typed so far: starts fetching the lists of the names it begins
   * (names-ahead.ts) and the calendar of the date lists (1 KB, once), so a date typed next asks
   * for its list at once instead of after a round trip for the calendar.
   */
  preloadTyped(q: string, names: Parameters<typeof namesAhead>[1]): void {
    void this.#calendarFile();
    for (const { kind, id } of namesAhead(q, names)) void this.#fetch(`${kind}/${id}.json`);
  }

  #calendarFile(): Promise<ListCalendar | undefined> {
    return this.#calendar.get(`${this.#base}${LISTS_FOLDER}/${CALENDAR_FILE}`);
  }

  /**
   * The articles and cards of a plan, or `undefined` when a list is missing or too long to
   * list (Pagefind answers then).
   */
  async answer(
    plan: ListPlan,
    sort: Sort,
  ): Promise<
    | {
        articles: PagefindResultData[];
        cards: PagefindResultData[];
        rest?: ListRest | undefined;
        /** How many of all the articles are the query's own (tagged, published then). */
        own: number;
      }
    | undefined
  > {
    const loaded = await Promise.all(
      plan.files.map(async (file) => [file, await this.#fetch(file)] as const),
    );
    const files = new Map<string, ListJson>();
    // A month nobody wrote about or named has no file: an empty list. A shared name's list the
    // build did not write is no answer (list-answer.ts lets Pagefind answer).
    for (const [file, json] of loaded)
      if (json || !isSharedList(file)) files.set(file, json ?? { count: 0, items: [] });
    const answer = answerFromLists(plan, files, sort);
    if (!answer) return undefined;
    return {
      articles: answer.results.map((result) => this.#article(result)),
      cards: answer.cards.map((card) => this.#card(card)),
      rest: answer.rest,
      own: answer.own,
    };
  }

  #url(path: string): string {
    return `${this.#base}${path.replace(/^\//u, '')}`;
  }

  #article({ item: [path, title, , date, source, excerpt] }: ListResult): PagefindResultData {
    return { url: this.#url(path), excerpt, meta: { title, date, source }, filters: {} };
  }

  #card(card: ListCard): PagefindResultData {
    return {
      url: this.#url(card.path),
      excerpt: '',
      meta: { title: card.title, kind: card.kind, description: card.description },
      filters: {},
    };
  }

  /**
   * A list file, or `undefined` when the build wrote none (a date without articles, which the
   * calendar tells without asking for the file).
   */
  async #fetch(file: string): Promise<ListJson | undefined> {
    if (isDateList(file)) {
      const calendar = await this.#calendarFile();
      if (calendar && !listExists(calendar, file)) return undefined;
    }
    return this.#files.get(`${this.#base}${LISTS_FOLDER}/${file}`);
  }
}
