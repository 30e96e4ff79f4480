/**
 * `<site-search>`: the search page's behaviour around its server-rendered form. Reads the
 * state from the URL, understands the query, runs Pagefind, renders filters and results, and
 * keeps the URL in step (pushState for each search the reader makes, popstate for Back).
 * It searches on every keystroke (no typing delay; typing.ts says which keystrokes are not
 * worth a search): Pagefind starts loading with the page,
 * only the newest query's search is queued (latest-only.ts), and a search that a newer one
 * has overtaken never renders.
 */
import { nouns, ui } from '../../i18n/ru.ts';
import { pluralize, pluralForm } from '../../lib/plural.ts';
import { NameTable } from '../../lib/names/name-table.ts';
import type { SearchDirectory } from '../../lib/search/directory.ts';
import { articleRequest, entityRequest } from '../../lib/search/pagefind-request.ts';
import { understandQuery, type UnderstoodQuery } from '../../lib/search/query.ts';
import {
  isActive,
  parseState,
  stateToSearch,
  toggleFilter,
  type SearchState,
  type Sort,
} from '../../lib/search/url-state.ts';
import { loadPagefind, run, type Pagefind, type PagefindResult } from './pagefind-api.ts';
import { queryPhrases } from '../../lib/search/text-fragment.ts';
import { latestOnly } from '../../lib/search/latest-only.ts';
import { worthSearchingWhileTyping } from '../../lib/search/typing.ts';
import { renderArticle, renderEntityCard, renderFilters, renderSuggestions } from './search-render.ts';

// Each result costs a Pagefind fragment of ~2.5 KB (the article's text, for its excerpt), and a
// reader typing gets a new list per keystroke: ten per list keeps a first search small.
const PAGE_SIZE = 10;
const MAX_CARDS = 3;

class SiteSearch extends HTMLElement {
  #base = '/';
  #state: SearchState = parseState('');
  /** Bumped by every request: a search renders only while it is still the newest. */
  #generation = 0;
  #request = latestOnly((state: SearchState) => this.#search(state));
  #ready: Promise<{ pagefind: Pagefind; directory: SearchDirectory; names: NameTable }> | undefined;
  #articles: PagefindResult[] = [];
  #phrases: string[] = [];
  #shown = 0;

  #part<T extends HTMLElement>(name: string): T {
    const found = this.querySelector<T>(`[data-search-${name}]`);
    if (!found) throw new Error(`<site-search> is missing [data-search-${name}]`);
    return found;
  }

  connectedCallback(): void {
    const base = this.dataset['base'] ?? '/';
    this.#base = base.endsWith('/') ? base : `${base}/`;
    const form = this.#part<HTMLFormElement>('form');
    const input = this.#part<HTMLInputElement>('input');
    const sort = this.#part<HTMLSelectElement>('sort');
    this.querySelector('[data-search-noscript]')?.remove();
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#go({ ...this.#state, q: input.value.trim() }, 'push');
    });
    input.addEventListener('input', () => {
      const q = input.value.trim();
      // A space typed after a word, or a one-letter last word, changes nothing worth a search.
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
    this.#part('more').addEventListener('click', () => void this.#showMore(true));
    window.addEventListener('popstate', () => this.#show(parseState(location.search)));
    this.#show(parseState(location.search));
  }

  /** Moves to a new state: a new history entry, or (while typing) the current one updated. */
  #go(state: SearchState, mode: 'push' | 'typing'): void {
    const url = `${location.pathname}${stateToSearch(state)}`;
    const entry = history.state as { typing?: unknown } | null;
    if (url !== `${location.pathname}${location.search}`) {
      const replace = mode === 'typing' && entry?.typing === true;
      history[replace ? 'replaceState' : 'pushState']({ typing: mode === 'typing' }, '', url);
    } else if (mode === 'push' && entry?.typing === true) {
      // Enter on what was typed keeps it as a search of its own: more typing starts a new entry.
      history.replaceState({ typing: false }, '', url);
    }
    this.#show(state);
  }

  /** Shows a state: form controls in step, then the search it asks for. */
  #show(state: SearchState): void {
    this.#state = state;
    const input = this.#part<HTMLInputElement>('input');
    if (input.value.trim() !== state.q) input.value = state.q;
    this.#part<HTMLSelectElement>('sort').value = state.sort;
    // Any search still running is stale from here on; say so at once, not when this one starts.
    this.#generation += 1;
    this.setAttribute('aria-busy', 'true');
    this.#say(ui.search.loading);
    this.#request(state);
  }

  /** Sets the live status; the same text is not set again, so it is not announced twice. */
  #say(text: string): void {
    const status = this.#part('status');
    if (status.textContent !== text) status.textContent = text;
  }

  #load() {
    this.#ready ??= (async () => {
      const [pagefind, directory] = await Promise.all([
        loadPagefind(this.#base),
        fetch(`${this.#base}search/names.json`).then((response) => {
          if (!response.ok) throw new Error(`names.json: HTTP ${response.status}`);
          return response.json() as Promise<SearchDirectory>;
        }),
      ]);
      return { pagefind, directory, names: NameTable.fromJSON(directory.names) };
    })();
    return this.#ready;
  }

  async #search(state: SearchState): Promise<void> {
    const generation = this.#generation;
    const stale = () => generation !== this.#generation;
    try {
      const { pagefind, directory, names } = await this.#load();
      if (stale()) return;
      const understood: UnderstoodQuery | undefined = state.q ? understandQuery(state.q, names) : undefined;
      if (!isActive(state)) {
        const filters = await pagefind.filters();
        if (stale()) return;
        this.#clearResults();
        renderFilters(this.#part('filters'), filters, state, directory, this.#toggle);
        this.#say(ui.search.prompt);
        return;
      }
      const cardsRequest = entityRequest(state, understood);
      const [articles, cards, keyHits] = await Promise.all([
        run(pagefind, articleRequest(state, understood)),
        cardsRequest ? run(pagefind, cardsRequest) : undefined,
        Promise.all((understood?.keys ?? []).map((key) => pagefind.search(key))),
      ]);
      // A key no page carries means nothing matches that name or date exactly.
      const noExactMatch = keyHits.some((hit) => hit.results.length === 0);
      if (noExactMatch) articles.results = [];
      // Overtaken: loading its cards' and articles' fragments would only delay the newer search.
      if (stale()) return;
      const cardData = await Promise.all(
        (cards?.results ?? []).slice(0, MAX_CARDS).map((result) => result.data()),
      );
      if (stale()) return;
      renderSuggestions(this.#part('suggestions'), understood, state, directory);
      renderFilters(
        this.#part('filters'),
        noExactMatch ? {} : articles.filters,
        state,
        directory,
        this.#toggle,
      );
      const cardList = this.#part('cards');
      cardList.replaceChildren(...cardData.map(renderEntityCard));
      this.#part('entities').hidden = cardData.length === 0;
      this.#articles = articles.results;
      this.#phrases = understood
        ? queryPhrases(
            understood,
            (kind, id) => (kind === 'people' ? directory.people[id] : directory.places[id])?.name,
          )
        : [];
      this.#shown = 0;
      this.#part('list').replaceChildren();
      await this.#showMore(false);
      if (stale()) return;
      const count = articles.results.length;
      this.#say(
        count === 0
          ? ui.search.nothingFound
          : `${pluralForm(count, nouns.found)} ${pluralize(count, nouns.article)}`,
      );
    } catch (error) {
      if (stale()) return;
      this.#say(ui.search.failed);
      console.error(error);
    } finally {
      if (!stale()) this.removeAttribute('aria-busy');
    }
  }

  /** Renders the next page of articles; when asked, moves focus to the first new one. */
  async #showMore(focus: boolean): Promise<void> {
    const generation = this.#generation;
    const next = this.#articles.slice(this.#shown, this.#shown + PAGE_SIZE);
    const data = await Promise.all(next.map((result) => result.data()));
    if (generation !== this.#generation) return;
    const items = data.map((item) => renderArticle(item, 'h3', this.#phrases));
    this.#part('list').append(...items);
    this.#shown += next.length;
    this.#part('articles').hidden = this.#articles.length === 0;
    this.#part('more').hidden = this.#shown >= this.#articles.length;
    if (focus) items[0]?.querySelector('a')?.focus();
  }

  #clearResults(): void {
    this.#articles = [];
    this.#part('list').replaceChildren();
    this.#part('cards').replaceChildren();
    this.#part('suggestions').replaceChildren();
    this.#part('entities').hidden = true;
    this.#part('articles').hidden = true;
    this.#part('more').hidden = true;
  }

  #toggle = (key: Parameters<typeof toggleFilter>[1], value: string, on: boolean): void => {
    this.#go(toggleFilter(this.#state, key, value, on), 'push');
  };
}

if (!customElements.get('site-search')) customElements.define('site-search', SiteSearch);
