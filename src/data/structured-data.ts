/**
 * The JSON-LD and Open Graph of article and entity pages, from the archive: names resolved,
 * every URL absolute under this build's site and base.
 */
import type { Archive, ArchiveArticle } from './archive.ts';
import { breadcrumbLd, newsArticleLd, type LdPerson, type LdPlace } from '../lib/seo/structured-data.ts';
import type { OpenGraphArticle } from '../lib/seo/open-graph.ts';
import { articleTrail, entityTrail, type TrailStep } from '../lib/seo/trails.ts';
import { summaryOf } from './article-summary.ts';
import { titleOf } from './article-display.ts';
import { imageOf } from './article-images.ts';
import { articlePreviewImage } from './preview-cards.ts';
import { siteUrl } from '../lib/seo/absolute-url.ts';
import { entityPath, type EntityKind } from '../lib/urls.ts';
import { machineDate } from '../lib/dates.ts';
import { ui } from '../i18n/ru.ts';

/** `NewsArticle` and `BreadcrumbList` of an article page. */
export function articleStructuredData(article: ArchiveArticle, archive: Archive): object[] {
  const source = archive.sources.get(article.sourceId);
  const people = article.peopleIds.flatMap((id): LdPerson[] => {
    const person = archive.people.get(id);
    return person
      ? [
          {
            name: person.name,
            nameLatin: person.nameLatin,
            description: person.description,
            url: siteUrl(entityPath('people', id)),
          },
        ]
      : [];
  });
  const places = article.placeIds.flatMap((id): LdPlace[] => {
    const place = archive.places.get(id);
    return place
      ? [
          {
            name: place.name,
            nameLatin: place.nameLatin,
            kind: place.kind,
            url: siteUrl(entityPath('places', id)),
          },
        ]
      : [];
  });
  const preview = articlePreviewImage(article, archive);
  const own = imageOf(article);
  const news = newsArticleLd({
    headline: titleOf(article),
    description: summaryOf(article),
    url: siteUrl(article.path),
    published: publishedAt(article),
    modified: modifiedAt(article),
    image: {
      url: preview.url,
      width: preview.width,
      height: preview.height,
      caption: own?.alt,
      credit: own?.credit,
    },
    people,
    places,
    publisher: { name: ui.siteName, url: siteUrl('/') },
    source: {
      name: source?.name ?? article.sourceId,
      url: source?.url ?? siteUrl(entityPath('sources', article.sourceId)),
      pageUrl: article.entry.data.sourceUrl,
    },
  });
  return [
    news,
    trailLd(articleTrail({ title: titleOf(article), day: article.date.day, path: article.path })),
  ];
}

/** `BreadcrumbList` of a person's, place's or source's page. */
export function entityStructuredData(kind: EntityKind, id: string, name: string): object[] {
  return [trailLd(entityTrail(kind, id, name))];
}

/** Open Graph `article` facts: when it was published and changed, and whom it is about. */
export function articleOpenGraph(article: ArchiveArticle, archive: Archive): OpenGraphArticle {
  return {
    published: publishedAt(article),
    modified: article.updated ? modifiedAt(article) : undefined,
    tags: articleTagNames(article, archive),
  };
}

/** Names of the people, then the places, an article is about: its tags in feeds and previews. */
export function articleTagNames(article: ArchiveArticle, archive: Archive): string[] {
  const names = (ids: string[], from: Map<string, { name: string }>) =>
    ids.flatMap((id) => from.get(id)?.name ?? []);
  return [...names(article.peopleIds, archive.people), ...names(article.placeIds, archive.places)];
}

/** The publication instant in Moscow time with its offset, also for date-only articles. */
function publishedAt(article: ArchiveArticle): string {
  return machineDate({ ...article.date, hasTime: true });
}

/** When the article was last changed (its publication when never), Moscow time with offset. */
function modifiedAt(article: Pick<ArchiveArticle, 'date' | 'updated'>): string {
  const changed = article.updated ?? article.date;
  return machineDate({ ...changed, hasTime: true });
}

function trailLd(trail: readonly TrailStep[]) {
  return breadcrumbLd(trail.map((step) => ({ name: step.name, url: siteUrl(step.path) })));
}
