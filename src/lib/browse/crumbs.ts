/**
 * Breadcrumbs of the date archive: the ancestors of a page, never the page itself.
 * An article of 12 May 2022 gets «Главная › 2022 › Май › 12 мая»: a crumb stands alone, as a
 * heading does, so a month starts with a capital.
 */
import { ui } from '../../i18n/ru.ts';
import { capitalize, dayMonth, monthName } from './labels.ts';
import { dayPath, monthPath, yearPath } from './paths.ts';

export interface Crumb {
  label: string;
  /** Site path without the base. */
  path: string;
}

/** How deep the crumbs of a day go: down to its year, its month, or the day itself. */
export type CrumbDepth = 'year' | 'month' | 'day';

/** Home, then the year, month and day of `day` (`YYYY-MM-DD`) down to `depth`. */
export function dateCrumbs(day: string, depth: CrumbDepth): Crumb[] {
  const [year, month] = day.split('-').map(Number) as [number, number];
  const crumbs: Crumb[] = [
    { label: ui.navHome, path: '/' },
    { label: String(year), path: yearPath(year) },
  ];
  if (depth === 'year') return crumbs;
  crumbs.push({ label: capitalize(monthName(month)), path: monthPath(year, month) });
  if (depth === 'month') return crumbs;
  crumbs.push({ label: dayMonth(day), path: dayPath(day) });
  return crumbs;
}
