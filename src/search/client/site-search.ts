/**
 * `<site-search>`: the search page's behaviour around its server-rendered form. Reads the
 * state from the URL, understands the query, runs it, renders results and filters, and
 * keeps the URL in step (pushState for each search the reader makes, popstate for Back).
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
import { fill, nouns, ui } from '../../i18n/ru.ts';
import { pluralize } from '../../lib/plural.ts';
import { understandQuery, type UnderstoodQuery } from './query.ts';
import { listPlan, namesPlan } from './list-answer.ts';
import { PAUSE_MS, typingAhead, yearMayFollow } from './typing-ahead.ts';
import { ListFiles } from './list-files.ts';
import { fromLists, fromPagefind, pageOf, type Found } from './find-results.ts';
import { isActive, parseState, stateToSearch, toggleFilter, type SearchState } from './url-state.ts';
import type { Sort } from '../shared/sorts.ts';
import { shardManifest, type PagefindResult, type PagefindResultData } from './pagefind-api.ts';
import { FacetCounts, facetJob, type FacetJob } from './search-facets.ts';
import { NameDirectory } from './name-directory.ts';
import { connectSlashSetting } from './slash-setting.ts';
import { queryPhrases } from './text-fragment.ts';
import { latestOnly } from './latest-only.ts';
import { worthSearchingWhileTyping } from './typing.ts';
import { WordShards } from './word-shards.ts';
import { YearsLeft } from './years-left.ts';
import { taggedCountStatus } from './tagged-count.ts';
import { nearestSpelling, replaceWords, textWords, unmatchedWords, wordBeginning } from './spelling.ts';
import {
  renderArticle,
  renderEntityCard,
  renderFilters,
  renderSpelling,
  renderSuggestions,
  syncFilterChoices,
} from './search-render.ts';

/** What a Pagefind answer's misspelt words change (`#spelling`). */
interface Spelling {
  /** The answer: none of the results counts. */
  found: Found;
  /** The query with the nearest spellings, offered as a link. */
  suggestion?: SearchState;
  /** Its results, shown instead. */
  instead?: { state: SearchState; understood: UnderstoodQuery; found: Found; typed: string };
}

class SiteSearch extends HTMLElement {
  #base = '/';
  #state: SearchState = parseState('');
  /** Bumped by every request: a search renders only while it is still the newest. */
  #generation = 0;
  #request = latestOnly(({ state, typing }: { state: SearchState; typing: boolean }) =>
    this.#search(state, typing),
  );
  /** The status of the results on the page, said again when a keystroke's search waits. */
  #shownStatus = '';
  #names = new NameDirectory('/', []);
  #facets = new FacetCounts('/');
  #yearsLeft!: YearsLeft;
  /** Searches a keystroke's text once the reader pauses (typing-ahead.ts). */
  #pauseTimer: ReturnType<typeof setTimeout> | undefined;
  #articles: PagefindResult[] = [];
  #phrases: string[] = [];
  #shown = 0;
  #lists = new ListFiles('/');
  #words = new WordShards('/');
  /** The search shown (it can search the rest of the archive) and its query, understood. */
  #found: Found | undefined;
  #understood: UnderstoodQuery | undefined;

  #part<T extends HTMLElement>(name: string): T {
    const found = this.querySelector<T>(`[data-search-${name}]`);
    if (!found) throw new Error(`<site-search> is missing [data-search-${name}]`);
    return found;
  }

  connectedCallback(): void {
    const base = this.dataset['base'] ?? '/';
    this.#base = base.endsWith('/') ? base : `${base}/`;
    this.#names = new NameDirectory(this.#base, (this.dataset['nameBuckets'] ?? '').split(' '));
    this.#lists = new ListFiles(this.#base);
    this.#words = new WordShards(this.#base);
    this.#facets = new FacetCounts(this.#base);
    this.#yearsLeft = new YearsLeft(this.#part('older'), (text) => this.#say(text));
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
      this.#lists.preloadTyped(q, this.#names.table);
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
    this.#part('more').addEventListener('click', () => void this.#showMore());
    this.#part('older').addEventListener('click', () => void this.#searchLeft());
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
      await this.#names.prepare(state.q);
      if (stale()) return;
      const understood = state.q ? understandQuery(state.q, this.#names) : undefined;
      if (!isActive(state)) {
        this.#clearResults();
        this.#found = undefined;
        this.#say(ui.search.prompt);
        this.#scheduleFacets(generation, { state, understood, keys: [], empty: false });
        return;
      }
      let plan = typing && yearMayFollow(understood, state.q) ? undefined : listPlan(state, understood);
      const ahead = !plan && typing ? typingAhead(state.q, this.#names.table) : undefined;
      if (ahead?.kind === 'names') plan = namesPlan(ahead.entities);
      const listed = plan && (await fromLists(this.#base, this.#lists, plan, state, understood));
      // A word being typed that begins too many words to look up («со») waits too.
      const broad =
        ahead?.kind === 'search' && (await this.#words.typingBroad(state.q, shardManifest(this.#base)));
      if (stale()) return;
      // While typing, names (begun or whole) whose lists are too long to show whole wait, as
      // the names of many do: Pagefind would load its index for a text the next key replaces.
      if (ahead?.kind === 'pause' || (typing && plan && !listed) || broad) {
        // The results on the page stay; the next keystroke comes first, or the text is searched.
        this.#say(this.#shownStatus);
        this.#pauseTimer = setTimeout(() => this.#show(state), PAUSE_MS);
        return;
      }
      const found = listed ?? (await fromPagefind(this.#base, this.#words, state, understood, stale));
      if (!found || stale()) return;
      const spelling = listed || !understood ? undefined : await this.#spelling(state, understood, found);
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

  /**
   * A Pagefind answer's misspelt words (spelling.ts): none when each free word is in a result's
   * text. Else the results answer a shorter word and do not count: the query with the nearest
   * spellings is offered, and when there is one its results are shown instead.
   */
  async #spelling(
    state: SearchState,
    understood: UnderstoodQuery,
    found: Found,
  ): Promise<Spelling | undefined> {
    // What Pagefind matched in: a page's text and its searchable metadata (its source's name…).
    const texts = found.firstPage.map((data) => [data.content ?? '', ...Object.values(data.meta)].join('\n'));
    const unmatched = unmatchedWords(understood.freeWords, texts);
    if (unmatched.length === 0) return undefined;
    const candidates = [...this.#names.table.spellings(), ...textWords(texts)];
    const replacements = new Map<string, string>();
    for (const word of unmatched) {
      const nearest =
        nearestSpelling(word, candidates) ??
        // No result has a near word: those of the articles its beginning finds may.
        nearestSpelling(word, textWords(await this.#textsBeginning(state, word)));
      if (nearest) replacements.set(word, nearest);
    }
    const none: Found = { articles: [], cardData: [], firstPage: [], keys: [] };
    if (replacements.size === 0) return { found: none };
    const suggested = { ...state, q: replaceWords(state.q, replacements) };
    await this.#names.prepare(suggested.q);
    const corrected = understandQuery(suggested.q, this.#names);
    const plan = listPlan(suggested, corrected);
    const instead =
      (plan && (await fromLists(this.#base, this.#lists, plan, suggested, corrected))) ??
      (await fromPagefind(this.#base, this.#words, suggested, corrected, () => false));
    return {
      found: none,
      suggestion: suggested,
      ...(instead
        ? { instead: { state: suggested, understood: corrected, found: instead, typed: state.q } }
        : {}),
    };
  }

  /** The texts of the first articles that have a word beginning as `word` does, but for its last letters. */
  async #textsBeginning(state: SearchState, word: string): Promise<string[]> {
    const beginning = wordBeginning(word);
    if (!beginning) return [];
    const asked = { ...state, q: beginning };
    const found = await fromPagefind(
      this.#base,
      this.#words,
      asked,
      understandQuery(beginning, this.#names),
      () => false,
    );
    return (found?.firstPage ?? []).map((data) => data.content ?? '');
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
    this.#articles = shown.articles;
    this.#found = shown;
    this.#understood = understood;
    this.#shown = 0;
    renderSuggestions(this.#part('suggestions'), understood, state, (kind, id) =>
      this.#names.nameOf(kind, id),
    );
    if (spelling?.suggestion) renderSpelling(this.#part('suggestions'), spelling.suggestion);
    this.#part('cards').replaceChildren(...shown.cardData.map(renderEntityCard));
    this.#part('entities').hidden = shown.cardData.length === 0;
    this.#phrases = understood ? queryPhrases(understood, (kind, id) => this.#names.nameOf(kind, id)) : [];
    this.#part('list').replaceChildren();
    this.#appendPage(shown.firstPage, false);
    this.#yearsLeft.show(this.#articles.length, this.#found?.sharded);
    const count = shown.articles.length;
    if (spelling?.instead)
      this.#say(
        fill(ui.search.shownInstead, {
          typed: spelling.instead.typed,
          shown: state.q,
          count: pluralize(count, nouns.article),
        }),
      );
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
    const current = () => generation === this.#generation;
    this.setAttribute('aria-busy', 'true');
    const from = this.#articles.length;
    let newShown = false;
    try {
      const done = await this.#yearsLeft.search(sharded, () => {
        if (!current()) return false;
        if (!newShown && this.#shown === from && this.#articles.length > from) {
          newShown = true;
          void this.#showMore();
        }
        this.#part('more').hidden = this.#shown >= this.#articles.length;
        return true;
      });
      if (!done || !current()) return;
      this.#yearsLeft.show(this.#articles.length, this.#found?.sharded);
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

  /** Appends a page of articles; when asked, moves focus to the first new one. */
  #appendPage(data: PagefindResultData[], focus: boolean): void {
    const items = data.map((item) => renderArticle(item, 'h3', this.#phrases));
    this.#part('list').append(...items);
    this.#shown += data.length;
    this.#part('articles').hidden = this.#articles.length === 0;
    this.#part('more').hidden = this.#shown >= this.#articles.length;
    if (focus) items[0]?.querySelector('a')?.focus();
  }

  /** Renders the next page of articles and moves focus to its first one («Показать ещё»). */
  async #showMore(focus = true): Promise<void> {
    const generation = this.#generation;
    const data = await pageOf(this.#articles, this.#shown);
    if (generation === this.#generation) this.#appendPage(data, focus);
  }

  #clearResults(): void {
    this.#articles = [];
    this.#part('list').replaceChildren();
    this.#part('cards').replaceChildren();
    this.#part('suggestions').replaceChildren();
    this.#part('entities').hidden = true;
    this.#part('articles').hidden = true;
    this.#part('more').hidden = true;
    this.#yearsLeft.hide();
  }

  #toggle = (key: Parameters<typeof toggleFilter>[1], value: string, on: boolean): void => {
    this.#go(toggleFilter(this.#state, key, value, on), 'push');
  };
}

if (!customElements.get('site-search')) customElements.define('site-search', SiteSearch);
