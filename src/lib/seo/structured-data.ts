/**
 * schema.org structured data (JSON-LD) for search engines: a `NewsArticle` about its people
 * and places, published by the archive and based on its source, and a `BreadcrumbList`.
 * Typed with `schema-dts`; every URL in it is absolute.
 */
import type {
  BreadcrumbList,
  ImageObject,
  NewsArticle,
  Organization,
  Person,
  Place,
  WithContext,
} from 'schema-dts';
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

/** A picture: absolute URL, size, and whose it is when known. */
export interface LdImage {
  url: string;
  width: number;
  height: number;
  caption?: string | undefined;
  credit?: string | undefined;
}

/** What the `NewsArticle` says. */
export interface LdArticle {
  headline: string;
  description: string;
  url: string;
  /** ISO 8601 date-time with offset. */
  published: string;
  /** When it was last changed (the publication time when it never was); the same form. */
  modified: string;
  /** Its picture: its own, or its preview card. */
  image: LdImage;
  people: readonly LdPerson[];
  places: readonly LdPlace[];
  /** The archive itself, as publisher. */
  publisher: { name: string; url: string };
  /** The outlet that first published the text. */
  source: { name: string; url: string; pageUrl?: string | undefined };
}

/**
 * The `NewsArticle` of an article page, with what Google's article documentation recommends:
 * `author` (the outlet, which signs its news; no byline is recorded), `image`, `datePublished`,
 * `dateModified` and `publisher`.
 */
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
    dateModified: article.modified,
    author: source,
    image: imageLd(article.image),
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

function imageLd(image: LdImage): ImageObject {
  return {
    '@type': 'ImageObject',
    url: image.url,
    contentUrl: image.url,
    width: { '@type': 'QuantitativeValue', value: image.width, unitCode: 'E37' },
    height: { '@type': 'QuantitativeValue', value: image.height, unitCode: 'E37' },
    ...(image.caption ? { caption: image.caption } : {}),
    ...(image.credit ? { creditText: image.credit } : {}),
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
