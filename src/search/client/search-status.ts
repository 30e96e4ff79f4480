/**
 * What the search page says about a list of articles: the count, and when Pagefind searched
 * part of the archive (shard-search.ts), the years it covers, with the button that searches
 * the rest: «Найдено 12 материалов за 2024–2025 годы», «Искать ещё в 2001–2023 годах»; and
 * the results of a corrected query shown instead of none (spelling-answer.ts).
 */
import { fill, nouns, ui } from '../../i18n/ru.ts';
import { pluralForm, pluralize } from '../../lib/plural.ts';
import type { Period } from './shard-search.ts';

const strings = ui.search;

/** A period in a template pair: one year, or a range. */
function period(one: string, range: string, [first, last]: Period): string {
  return first === last
    ? one.replace('{year}', first)
    : range.replace('{first}', first).replace('{last}', last);
}

/** The status line of `count` articles, found in the years `covered` (`undefined`: the whole archive). */
export function countStatus(count: number, covered?: Period): string {
  const years = covered ? period(strings.inYear, strings.inYears, covered) : undefined;
  if (count === 0) return years ? strings.nothingFoundIn.replace('{period}', years) : strings.nothingFound;
  const found = `${pluralForm(count, nouns.found)} ${pluralize(count, nouns.article)}`;
  return years ? `${found} ${years}` : found;
}

/** The label of the button that searches the years `left`. */
export function searchLeftLabel(left: Period): string {
  return period(strings.searchYear, strings.searchYears, left);
}

/** The status while the years `left` are searched. */
export function searchingLeftStatus(left: Period): string {
  return period(strings.searchingYear, strings.searchingYears, left);
}

/** The status of `count` articles of the query `shown`, shown as the query `typed` found none. */
export function shownInsteadStatus(typed: string, shown: string, count: number): string {
  return fill(strings.shownInstead, { typed, shown, count: pluralize(count, nouns.article) });
}
