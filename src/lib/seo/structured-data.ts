/**
 * schema.org structured data (JSON-LD) for search engines: a `NewsArticle` about its people
 * and places, published by the archive and based on its source, and a `BreadcrumbList`.
 * Typed with `schema-dts`; every URL in it is absolute.
 */
import type { BreadcrumbList, NewsArticle, Organization, Person, Place, WithContext } from 'schema-dts';
import type { PlaceKind } from '../../i18n/ru.ts';

/** A step of a breadcrumb trail: its name and absolute URL. */
export interface Crumb {
  name: string;
  url: string;
}

/** A person as the article names them. */
export interface LdPerson {
  name: string;
  nameLatin?: string | undefined;
  description?: string | undefined;
  url: string;
}

/** A place as the article names it. */
export interface LdPlace {
  name: string;
  nameLatin?: string | undefined;
  kind: PlaceKind;
  url: string;
}

/** What the `NewsArticle` says. */
export interface LdArticle {
  headline: string;
  description: string;
  url: string;
  /** ISO 8601 date-time with offset. */
  published: string;
  people: readonly LdPerson[];
  places: readonly LdPlace[];
  /** The archive itself, as publisher. */
  publisher: { name: string; url: string };
  /** The outlet that first published the text. */
  source: { name: string; url: string; pageUrl?: string | undefined };
}

/** The `NewsArticle` of an article page. */
export function newsArticleLd(article: LdArticle): WithContext<NewsArticle> {
  const source: Organization = {
    '@type': 'NewsMediaOrganization',
    name: article.source.name,
    url: article.source.url,
  };
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.headline,
    description: article.description,
    url: article.url,
    mainEntityOfPage: article.url,
    inLanguage: 'ru',
    datePublished: article.published,
    about: [...article.people.map(personLd), ...article.places.map(placeLd)],
    publisher: { '@type': 'Organization', name: article.publisher.name, url: article.publisher.url },
    sourceOrganization: source,
    ...(article.source.pageUrl ? { isBasedOn: article.source.pageUrl } : {}),
  };
}

/** The `BreadcrumbList` of a trail, positions counted from 1. */
export function breadcrumbLd(trail: readonly Crumb[]): WithContext<BreadcrumbList> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: crumb.url,
    })),
  };
}

function personLd(person: LdPerson): Person {
  return {
    '@type': 'Person',
    name: person.name,
    url: person.url,
    ...(person.nameLatin ? { alternateName: person.nameLatin } : {}),
    ...(person.description ? { description: person.description } : {}),
  };
}

/** schema.org's closest type for each kind of place. */
const PLACE_TYPES = {
  country: 'Country',
  region: 'AdministrativeArea',
  city: 'City',
  district: 'AdministrativeArea',
  organization: 'Place',
  other: 'Place',
} as const satisfies Record<PlaceKind, 'Country' | 'City' | 'AdministrativeArea' | 'Place'>;

function placeLd(place: LdPlace): Place {
  return {
    '@type': PLACE_TYPES[place.kind],
    name: place.name,
    url: place.url,
    ...(place.nameLatin ? { alternateName: place.nameLatin } : {}),
  };
}
