/**
 * Breadcrumb trails for structured data, as site paths: home › year › month › day › article
 * (the article page's visible breadcrumbs plus the article), and home › people › person.
 */
import { dateCrumbs } from '../browse/crumbs.ts';
import { entityPath, type EntityKind } from '../urls.ts';
import { ui } from '../../i18n/ru.ts';

/** A step of a trail: its name and its site path without the base. */
export interface TrailStep {
  name: string;
  path: string;
}

const home: TrailStep = { name: ui.navHome, path: '/' };

/** The visible date breadcrumbs (home › year › month › day), then the article itself. */
export function articleTrail(article: { title: string; day: string; path: string }): TrailStep[] {
  const dates = dateCrumbs(article.day, 'day').map((crumb) => ({ name: crumb.label, path: crumb.path }));
  return [...dates, { name: article.title, path: article.path }];
}

const INDEX_NAMES = { people: ui.navPeople, places: ui.navPlaces, sources: ui.navSources } as const;

/** Home, the index of people (places, sources), then the entity. */
export function entityTrail(kind: EntityKind, id: string, name: string): TrailStep[] {
  return [home, { name: INDEX_NAMES[kind], path: `/${kind}/` }, { name, path: entityPath(kind, id) }];
}
