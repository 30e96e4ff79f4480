import { describe, expect, test } from 'vitest';
import {
  emptyState,
  isActive,
  parseState,
  stateToSearch,
  toggleFilter,
} from '../../../../src/search/client/url-state.ts';

describe('search state in the URL', () => {
  test('round-trips a query, filters and sort', () => {
    const search =
      '?q=%D0%9B%D0%B0%D0%B2%D1%80%D0%BE%D0%B2&person=sergey-lavrov&person=nikol-pashinyan&year=2022&sort=newest';
    const state = parseState(search);
    expect(state).toEqual({
      q: 'Лавров',
      filters: {
        person: ['sergey-lavrov', 'nikol-pashinyan'],
        place: [],
        source: [],
        year: ['2022'],
        month: [],
      },
      sort: 'newest',
    });
    expect(stateToSearch(state)).toBe(search);
  });

  test('leaves defaults and unknown values out', () => {
    expect(parseState('?sort=sideways&q=+&foo=bar')).toEqual(emptyState());
    expect(stateToSearch(emptyState())).toBe('');
    expect(isActive(emptyState())).toBe(false);
  });

  test('a filter alone is an active search (browsing)', () => {
    expect(isActive(parseState('?year=2021'))).toBe(true);
  });

  test('toggles one filter value', () => {
    const on = toggleFilter(emptyState(), 'place', 'dushanbe', true);
    expect(on.filters.place).toEqual(['dushanbe']);
    expect(toggleFilter(on, 'place', 'dushanbe', false).filters.place).toEqual([]);
  });
});
