/**
 * `<site-search>`: the search page's behaviour around its server-rendered form. Reads the
 * state from the URL, understands the query, runs it, renders results and filters, and
 * keeps the URL in step (search-history.ts; popstate for Back).
 * It searches on every keystroke (no typing delay; typing.ts says which keystrokes are not
 * worth a search): only the newest query's search is queued (latest-only.ts), and a search
 * that a newer one has overtaken never renders.
 *
 * A search fetches the name table buckets of the typed words, understands the query, then
 * shows the results. A query that names only people, places, dates or a year is answered from
 * their lists (list-answer.ts: a few kilobytes, fetched while a name is still being typed, see
 * names-ahead.ts; a year's holds its first page); any other loads Pagefind, which every search
 * after the first pause has loaded anyway: the filter counts come from a Pagefind instance of
 * their own (pagefind-api.ts), with the display names of `/search/facets.json`.
 */
import { ui } from '../../i18n/ru.ts';
import { understandQuery, type UnderstoodQuery } from './query.ts';
import { listPlan, namesPlan } from './list-answer.ts';
import { PAUSE_MS, typingAhead, yearMayFollow } from './typing-ahead.ts';
import type { Found } from './find-results.ts';
import { isActive, parseState, toggleFilter, type SearchState } from './url-state.ts';
import { recordState, type HistoryMode } from './search-history.ts';
import type { Sort } from '../shared/sorts.ts';
import { FacetCounts, facetJob, type FacetJob } from './search-facets.ts';
import { SearchSources } from './search-sources.ts';
import { connectSlashSetting } from './slash-setting.ts';
import { queryPhrases } from './text-fragment.ts';
import { latestOnly } from './latest-only.ts';
import { worthSearchingWhileTyping } from './typing.ts';
import { YearsLeft } from './years-left.ts';
import { taggedCountStatus } from './tagged-count.ts';
import { shownInsteadStatus } from './search-status.ts';
import { spellingAnswer, type Spelling } from './spelling-answer.ts';
import { ArticleList } from './article-list.ts';
import {
  renderArticle,
  renderEntityCard,
  renderFilters,
  renderSpelling,
  renderSuggestions,
  syncFilterChoices,
} from './search-render.ts';

class SiteSearch extends HTMLElement {
  #sources = new SearchSources('/', []);
  #state: SearchState = parseState('');
  /** Bumped by every request: a search renders only while it is still the newest. */
  #generation = 0;
  #request = latestOnly(({ state, typing }: { state: SearchState; typing: boolean }) =>
    this.#search(state, typing),
  );
  /** The status of the results on the page, said again when a keystroke's search waits. */
  #shownStatus = '';
  #facets = new FacetCounts('/');
  #yearsLeft!: YearsLeft;
  /** Searches a keystroke's text once the reader pauses (typing-ahead.ts). */
  #pauseTimer: ReturnType<typeof setTimeout> | undefined;
  #articles!: ArticleList;
  /** The search shown (it can search the rest of the archive) and its query, understood. */
  #found: Found | undefined;
  #understood: UnderstoodQuery | undefined;

  #part<T extends HTMLElement>(name: string): T {
    const found = this.querySelector<T>(`[data-search-${name}]`);
    if (!found) throw new Error(`<site-search> is missing [data-search-${name}]`);
    return found;
  }

  connectedCallback(): void {
    this.#sources = new SearchSources(
      this.dataset['base'] ?? '/',
      (this.dataset['nameBuckets'] ?? '').split(' '),
    );
    this.#facets = new FacetCounts(this.#sources.base);
    this.#yearsLeft = new YearsLeft(this.#part('older'), (text) => this.#say(text));
    this.#articles = new ArticleList(
      { list: this.#part('list'), section: this.#part('articles'), more: this.#part('more') },
      (data, phrases) => renderArticle(data, 'h3', phrases),
    );
    const form = this.#part<HTMLFormElement>('form');
    const input = this.#part<HTMLInputElement>('input');
    const sort = this.#part<HTMLSelectElement>('sort');
    this.querySelector('[data-search-noscript]')?.remove();
    // Results come while the reader types: the browser's list of earlier queries would cover them.
    input.autocomplete = 'off';
    connectSlashSetting(this.#part('slash-setting'));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#go({ ...this.#state, q: input.value.trim() }, 'push');
    });
    input.addEventListener('input', () => {
      // A keystroke ends any pause (typing-ahead.ts): the text paused on is not the box's any more.
      clearTimeout(this.#pauseTimer);
      const q = input.value.trim();
      // A space typed after a word, or a one-letter last word, changes nothing worth a search.
      this.#sources.listFiles.preloadTyped(q, this.#sources.names.table);
      if (q === this.#state.q || !worthSearchingWhileTyping(q)) return;
      this.#go({ ...this.#state, q }, 'typing');
    });
    sort.addEventListener('change', () => this.#go({ ...this.#state, sort: sort.value as Sort }, 'push'));
    this.#part('suggestions').addEventListener('click', (event) => {
      const link = (event.target as Element).closest('a');
      if (!link) return;
      event.preventDefault();
      this.#go(parseState(new URL(link.href).search), 'push');
      input.focus();
    });
    this.#part('more').addEventListener('click', () => void this.#articles.showMore(this.#stillShown()));
    this.#part('older').addEventListener('click', () => void this.#searchLeft());
    window.addEventListener('popstate', () => this.#show(parseState(location.search)));
    this.#show(parseState(location.search));
  }

  /** Moves to a new state: a new history entry, or (while typing) the current one updated. */
  #go(state: SearchState, mode: HistoryMode): void {
    recordState(state, mode);
    this.#show(state, mode === 'typing');
  }

  /**
   * Shows a state: form controls in step, then the search it asks for; `typing` when a
   * keystroke asks (typing-ahead.ts).
   */
  #show(state: SearchState, typing = false): void {
    this.#state = state;
    const input = this.#part<HTMLInputElement>('input');
    if (input.value.trim() !== state.q) input.value = state.q;
    this.#part<HTMLSelectElement>('sort').value = state.sort;
    // Any search still running is stale from here on; say so at once, not when this one starts.
    this.#generation += 1;
    this.#facets.cancel();
    clearTimeout(this.#pauseTimer);
    this.setAttribute('aria-busy', 'true');
    this.#say(ui.search.loading);
    this.#request({ state, typing });
  }

  /** Sets the live status; the same text is not set again, so it is not announced twice. */
  #say(text: string): void {
    if (text !== ui.search.loading) this.#shownStatus = text;
    const status = this.#part('status');
    if (status.textContent !== text) status.textContent = text;
  }

  async #search(state: SearchState, typing: boolean): Promise<void> {
    const generation = this.#generation;
    const stale = () => generation !== this.#generation;
    try {
      await this.#sources.names.prepare(state.q);
      if (stale()) return;
      const understood = state.q ? understandQuery(state.q, this.#sources.names) : undefined;
      if (!isActive(state)) {
        this.#clearResults();
        this.#found = undefined;
        this.#say(ui.search.prompt);
        this.#scheduleFacets(generation, { state, understood, keys: [], empty: false });
        return;
      }
      let plan = typing && yearMayFollow(understood, state.q) ? undefined : listPlan(state, understood);
      const ahead = !plan && typing ? typingAhead(state.q, this.#sources.names.table) : undefined;
      if (ahead?.kind === 'names') plan = namesPlan(ahead.entities);
      const listed = plan && (await this.#sources.lists(plan, state, understood));
      // A word being typed that begins too many words to look up («со») waits too.
      const broad = ahead?.kind === 'search' && (await this.#sources.typingBroad(state.q));
      if (stale()) return;
      // While typing, names (begun or whole) whose lists are too long to show whole wait, as
      // the names of many do: Pagefind would load its index for a text the next key replaces.
      if (ahead?.kind === 'pause' || (typing && plan && !listed) || broad) {
        // The results on the page stay; the next keystroke comes first, or the text is searched.
        this.#say(this.#shownStatus);
        this.#pauseTimer = setTimeout(() => this.#show(state), PAUSE_MS);
        return;
      }
      const found = listed ?? (await this.#sources.pagefind(state, understood, stale));
      if (!found || stale()) return;
      const spelling =
        listed || !understood ? undefined : await spellingAnswer(state, understood, found, this.#sources);
      if (stale()) return;
      // Names still being typed show their articles; the filters count the finished query.
      const countable = plan === undefined || listPlan(state, understood) !== undefined;
      if (spelling?.instead)
        this.#render(
          generation,
          spelling.instead.state,
          spelling.instead.understood,
          spelling.instead.found,
          countable,
          spelling,
        );
      else
        this.#render(generation, state, understood, spelling ? spelling.found : found, countable, spelling);
    } catch (error) {
      if (stale()) return;
      this.#say(ui.search.failed);
      console.error(error);
    } finally {
      if (!stale()) this.removeAttribute('aria-busy');
    }
  }

  /** Whether the search shown now is still the one shown, when asked later. */
  #stillShown(): () => boolean {
    const generation = this.#generation;
    return () => generation === this.#generation;
  }

  /**
   * Shows a search's results: suggestions, cards, the first page of articles, the count; then
   * the filter counts, when `countable` (not for a name still being typed).
   */
  #render(
    generation: number,
    state: SearchState,
    understood: UnderstoodQuery | undefined,
    shown: Found,
    countable: boolean,
    spelling?: Spelling,
  ): void {
    this.#found = shown;
    this.#understood = understood;
    renderSuggestions(this.#part('suggestions'), understood, state, (kind, id) =>
      this.#sources.names.nameOf(kind, id),
    );
    if (spelling?.suggestion) renderSpelling(this.#part('suggestions'), spelling.suggestion);
    this.#part('cards').replaceChildren(...shown.cardData.map(renderEntityCard));
    this.#part('entities').hidden = shown.cardData.length === 0;
    const phrases = understood
      ? queryPhrases(understood, (kind, id) => this.#sources.names.nameOf(kind, id))
      : [];
    this.#articles.start(shown.articles, shown.firstPage, phrases);
    this.#yearsLeft.show(shown.articles.length, shown.sharded);
    const count = shown.articles.length;
    if (spelling?.instead) this.#say(shownInsteadStatus(spelling.instead.typed, state.q, count));
    else if (shown.tagged !== undefined) this.#say(taggedCountStatus(count, shown.tagged));
    if (countable) this.#scheduleFacets(generation, facetJob(state, understood, shown));
  }

  /**
   * Searches the years the search shown has not: each shard's articles join the list (the
   * first page of them shown, focus on its first), the count after each.
   */
  async #searchLeft(): Promise<void> {
    const generation = this.#generation;
    const sharded = this.#found?.sharded;
    if (!sharded) return;
    const current = this.#stillShown();
    this.setAttribute('aria-busy', 'true');
    const from = this.#articles.found;
    let newShown = false;
    try {
      const done = await this.#yearsLeft.search(sharded, () => {
        if (!current()) return false;
        if (!newShown && this.#articles.shown === from && this.#articles.found > from) {
          newShown = true;
          void this.#articles.showMore(current);
        }
        this.#articles.updateMore();
        return true;
      });
      if (!done || !current()) return;
      this.#yearsLeft.show(this.#articles.found, this.#found?.sharded);
      this.#scheduleFacets(generation, facetJob(this.#state, this.#understood, this.#found));
    } catch (error) {
      if (current()) this.#say(ui.search.failed);
      console.error(error);
    } finally {
      if (current()) this.removeAttribute('aria-busy');
    }
  }

  /**
   * Shows the filter counts of a search once the reader pauses. Until then the filters of
   * the previous search stay where they are (nothing below or beside them moves), their
   * checkboxes in step with the new state; the status is not touched (announced once).
   */
  #scheduleFacets(generation: number, job: FacetJob): void {
    syncFilterChoices(this.#part('filters'), job.state);
    this.#facets.schedule(
      job,
      () => generation === this.#generation,
      (labels, counts) => renderFilters(this.#part('filters'), counts, job.state, labels, this.#toggle),
    );
  }

  #clearResults(): void {
    this.#articles.clear();
    this.#part('cards').replaceChildren();
    this.#part('suggestions').replaceChildren();
    this.#part('entities').hidden = true;
    this.#yearsLeft.hide();
  }

  #toggle = (key: Parameters<typeof toggleFilter>[1], value: string, on: boolean): void => {
    this.#go(toggleFilter(this.#state, key, value, on), 'push');
  };
}

if (!customElements.get('site-search')) customElements.define('site-search', SiteSearch);
