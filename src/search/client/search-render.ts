/**
 * DOM for the search page: filter groups with counts, suggestion links, entity cards and
 * article results. Built with DOM methods (text is never parsed as HTML) except Pagefind's
 * excerpt, whose only markup is its own `<mark>`.
 */
import { ui } from '../../i18n/ru.ts';
import { nominativeMonth } from '../shared/calendar.ts';
import type { NamedKind } from '../../lib/names/name-table.ts';
import { entityName, type FacetLabels } from '../shared/directory.ts';
import type { UnderstoodQuery } from './query.ts';
import { markedWords, withTextFragment } from './text-fragment.ts';
import { FILTER_KEYS, emptyState, stateToSearch, type FilterKey, type SearchState } from './url-state.ts';
import type { PagefindResultData } from './pagefind-api.ts';

const strings = ui.search;
const MAX_VALUES = 12;

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/** «май 2022» for `2022-05`; the value itself for a year. */
function periodLabel(key: FilterKey, value: string): string {
  if (key !== 'month') return value;
  const [year, month] = value.split('-').map(Number);
  return `${nominativeMonth(month ?? 0)} ${year}`;
}

/** The label of a filter value as the reader knows it. */
export function filterValueLabel(labels: FacetLabels | undefined, key: FilterKey, value: string): string {
  return entityName(labels, key, value) ?? periodLabel(key, value);
}

/** Orders values: years and months newest first, others by count then name. */
function ordered(
  key: FilterKey,
  counts: Record<string, number>,
  labels: FacetLabels | undefined,
): [string, number][] {
  const entries = Object.entries(counts);
  if (key === 'year' || key === 'month') return entries.sort(([a], [b]) => (a < b ? 1 : -1));
  return entries.sort(
    ([a, countA], [b, countB]) =>
      countB - countA ||
      filterValueLabel(labels, key, a).localeCompare(filterValueLabel(labels, key, b), 'ru'),
  );
}

/** Checkbox groups for each filter; `onToggle` is called with the changed value. */
export function renderFilters(
  container: HTMLElement,
  counts: Record<string, Record<string, number>>,
  state: SearchState,
  labels: FacetLabels | undefined,
  onToggle: (key: FilterKey, value: string, on: boolean) => void,
): void {
  const groups = FILTER_KEYS.flatMap((key) => {
    const selected = state.filters[key];
    if (key === 'month' && selected.length === 0 && state.filters.year.length === 0) return [];
    const values = ordered(key, counts[key] ?? {}, labels).filter(
      ([value, count]) => count > 0 || selected.includes(value),
    );
    for (const value of selected)
      if (!values.some(([existing]) => existing === value)) values.push([value, 0]);
    const shown = values.filter(([value], index) => index < MAX_VALUES || selected.includes(value));
    if (shown.length === 0) return [];
    const fieldset = element(
      'fieldset',
      { className: 'filter-group' },
      element('legend', {}, strings.filterLabels[key]),
    );
    for (const [value, count] of shown) {
      const box = element('input', { type: 'checkbox', name: key, value, checked: selected.includes(value) });
      box.addEventListener('change', () => onToggle(key, value, box.checked));
      fieldset.append(
        element(
          'label',
          {},
          box,
          ` ${filterValueLabel(labels, key, value)} `,
          element('span', { className: 'count' }, `(${count})`),
        ),
      );
    }
    return [fieldset];
  });
  // Re-rendering replaces the checkboxes; keep keyboard focus on the one just toggled.
  const focused =
    document.activeElement instanceof HTMLInputElement && container.contains(document.activeElement)
      ? document.activeElement
      : undefined;
  container.replaceChildren(...groups);
  if (focused)
    container
      .querySelector<HTMLInputElement>(
        `input[name="${CSS.escape(focused.name)}"][value="${CSS.escape(focused.value)}"]`,
      )
      ?.focus();
}

/**
 * The checkboxes shown, checked as `state` says: until new counts replace them, the filters
 * of the previous search stay (nothing moves) but never show a choice the reader undid.
 */
export function syncFilterChoices(container: HTMLElement, state: SearchState): void {
  for (const box of container.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
    const key = box.name as FilterKey;
    box.checked = state.filters[key]?.includes(box.value) ?? false;
  }
}

/** Links that turn a name or date in the query into a filter: «Сергей Лавров — все материалы». */
export function renderSuggestions(
  container: HTMLElement,
  understood: UnderstoodQuery | undefined,
  state: SearchState,
  nameOf: (kind: NamedKind, id: string) => string | undefined,
): void {
  const links: HTMLElement[] = [];
  const offer = (key: FilterKey, value: string, label: string) => {
    if (state.filters[key].includes(value)) return;
    const target = emptyState();
    target.filters[key] = [value];
    links.push(
      element('li', {}, element('a', { href: stateToSearch(target) || '?', className: 'suggestion' }, label)),
    );
  };
  for (const entity of understood?.entities ?? []) {
    const key = entity.kind === 'people' ? 'person' : 'place';
    const name = nameOf(entity.kind, entity.id);
    if (name) offer(key, entity.id, strings.allMaterials.replace('{name}', name));
  }
  const { month, year } = understood?.filters ?? {};
  if (month) offer('month', month, strings.periodMaterials.replace('{period}', periodLabel('month', month)));
  else if (year)
    offer(
      'year',
      year,
      strings.periodMaterials.replace('{period}', strings.yearPeriod.replace('{year}', year)),
    );
  container.replaceChildren(
    ...(links.length ? [element('ul', { className: 'plain suggestions' }, ...links)] : []),
  );
}

/**
 * The offer of a query spelt as the archive spells it: «Возможно, вы имели в виду «Меркель»», a
 * link to its search (a plain GET link, like every suggestion), first among the suggestions.
 */
export function renderSpelling(container: HTMLElement, suggested: SearchState): void {
  container.prepend(
    element(
      'p',
      { className: 'spelling' },
      `${strings.didYouMean} `,
      element('a', { href: stateToSearch(suggested) || '?', className: 'suggestion' }, `«${suggested.q}»`),
    ),
  );
}

/** A person, place or source card. */
export function renderEntityCard(data: PagefindResultData): HTMLLIElement {
  const kind = data.meta['kind'] as keyof typeof strings.entityKinds | undefined;
  const description = data.meta['description'];
  return element(
    'li',
    { className: 'entity-card' },
    element('a', { href: data.url }, data.meta['title'] ?? data.url),
    ...(kind && strings.entityKinds[kind]
      ? [' ', element('span', { className: 'meta' }, `· ${strings.entityKinds[kind]}`)]
      : []),
    ...(description ? [element('p', {}, description)] : []),
  );
}

/**
 * An article result: title linking to the article (query phrases and the excerpt's marked
 * words highlighted there), date, source, excerpt.
 */
export function renderArticle(
  data: PagefindResultData,
  headingLevel: 'h3',
  phrases: readonly string[],
): HTMLLIElement {
  const excerpt = element('p', { className: 'excerpt' });
  excerpt.innerHTML = data.excerpt;
  const details = [data.meta['date'], data.meta['source']].filter(Boolean).join(' · ');
  return element(
    'li',
    { className: 'result' },
    element(
      'article',
      {},
      element(
        headingLevel,
        {},
        element(
          'a',
          { href: withTextFragment(data.url, [...new Set([...phrases, ...markedWords(data.excerpt)])]) },
          data.meta['title'] ?? data.url,
        ),
      ),
      element('p', { className: 'meta' }, details),
      excerpt,
    ),
  );
}
