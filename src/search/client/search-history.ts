/**
 * The search page's entries in the browser's history: each search the reader makes (Enter, a
 * sort, a filter, a suggestion) is an entry of its own that Back returns to, while the text
 * typed into the box keeps updating one entry, not one per keystroke.
 */
import { stateToSearch, type SearchState } from './url-state.ts';

/** How a state was asked for: by a search the reader made, or by typing. */
export type HistoryMode = 'push' | 'typing';

/** What of the window the history entries need. */
export interface PageHistory {
  history: Pick<History, 'state' | 'pushState' | 'replaceState'>;
  location: Pick<Location, 'pathname' | 'search'>;
}

/** Puts `state` in the page's URL: a new history entry, or (while typing) the current one updated. */
export function recordState(state: SearchState, mode: HistoryMode, page: PageHistory = window): void {
  const { history, location } = page;
  const url = `${location.pathname}${stateToSearch(state)}`;
  const entry = history.state as { typing?: unknown } | null;
  if (url !== `${location.pathname}${location.search}`) {
    const replace = mode === 'typing' && entry?.typing === true;
    history[replace ? 'replaceState' : 'pushState']({ typing: mode === 'typing' }, '', url);
  } else if (mode === 'push' && entry?.typing === true) {
    // Enter on what was typed keeps it as a search of its own: more typing starts a new entry.
    history.replaceState({ typing: false }, '', url);
  }
}
