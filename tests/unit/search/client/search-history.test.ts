import { describe, expect, test } from 'vitest';
import { recordState, type PageHistory } from '../../../../src/search/client/search-history.ts';
import { parseState } from '../../../../src/search/client/url-state.ts';

/** A tab's history: its entries (state and URL), the current one, as a browser keeps them. */
function tab(url: string) {
  const entries: { state: unknown; url: string }[] = [{ state: null, url }];
  let at = 0;
  const page: PageHistory = {
    history: {
      get state() {
        return entries[at]!.state;
      },
      pushState(state: unknown, _title: string, url?: string | URL | null) {
        entries.splice(at + 1, Infinity, { state, url: String(url) });
        at += 1;
      },
      replaceState(state: unknown, _title: string, url?: string | URL | null) {
        entries[at] = { state, url: String(url) };
      },
    },
    location: {
      pathname: new URL(url, 'https://letopis.example').pathname,
      get search() {
        return new URL(entries[at]!.url, 'https://letopis.example').search;
      },
    },
  };
  const urls = () => entries.map((entry) => decodeURIComponent(entry.url));
  return { page, urls, current: () => at };
}

const typed = (q: string) => parseState(`?q=${encodeURIComponent(q)}`);

describe('recordState', () => {
  test('the text typed keeps updating one entry, not one per keystroke', () => {
    const { page, urls } = tab('/letopis/search/');
    for (const q of ['Лав', 'Лавр', 'Лавров']) recordState(typed(q), 'typing', page);
    expect(urls()).toEqual(['/letopis/search/', '/letopis/search/?q=Лавров']);
  });

  test('Enter keeps what was typed as a search of its own: more typing starts a new entry', () => {
    const { page, urls } = tab('/letopis/search/');
    recordState(typed('Лавров'), 'typing', page);
    recordState(typed('Лавров'), 'push', page);
    recordState(typed('Лавров в Душанбе'), 'typing', page);
    expect(urls()).toEqual([
      '/letopis/search/',
      '/letopis/search/?q=Лавров',
      '/letopis/search/?q=Лавров+в+Душанбе',
    ]);
  });

  test('each search the reader makes is an entry; the same search again is none', () => {
    const { page, urls, current } = tab('/search/?q=Лавров');
    recordState(parseState('?q=Лавров&year=2022'), 'push', page);
    recordState(parseState('?q=Лавров&year=2022&sort=newest'), 'push', page);
    recordState(parseState('?q=Лавров&year=2022&sort=newest'), 'push', page);
    expect(urls()).toEqual([
      '/search/?q=Лавров',
      '/search/?q=Лавров&year=2022',
      '/search/?q=Лавров&year=2022&sort=newest',
    ]);
    expect(current()).toBe(2);
  });
});
