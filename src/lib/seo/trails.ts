/**
 * Breadcrumb trails as site paths: home › year › month › day › article, and
 * home › people › person. Structured data (and any visible breadcrumb) is built from these.
 */
import { dayParts, formatDay, formatMonth } from '../dates.ts';
import { entityPath, type EntityKind } from '../urls.ts';
import { ui } from '../../i18n/ru.ts';

/** A step of a trail: its name and its site path without the base. */
export interface TrailStep {
  name: string;
  path: string;
}

const home: TrailStep = { name: ui.navHome, path: '/' };

/** Home, the year, month and day of the article (Moscow calendar), then the article. */
export function articleTrail(article: { title: string; day: string; path: string }): TrailStep[] {
  const { year, month, day } = dayParts(article.day);
  const yearPath = `/${year}/`;
  const monthPath = `${yearPath}${String(month).padStart(2, '0')}/`;
  return [
    home,
    { name: String(year), path: yearPath },
    { name: formatMonth(year, month), path: monthPath },
    { name: formatDay(article.day), path: `${monthPath}${String(day).padStart(2, '0')}/` },
    { name: article.title, path: article.path },
  ];
}

const INDEX_NAMES = { people: ui.navPeople, places: ui.navPlaces, sources: ui.navSources } as const;

/** Home, the index of people (places, sources), then the entity. */
export function entityTrail(kind: EntityKind, id: string, name: string): TrailStep[] {
  return [home, { name: INDEX_NAMES[kind], path: `/${kind}/` }, { name, path: entityPath(kind, id) }];
}
