/**
 * The facts the name and date lists (search-lists.ts) are built from, taken from the content
 * as the index records are (content-records.ts): the same name forms, days and mentioned
 * dates, so that a list holds exactly the articles the index finds for its key.
 */
import { articlePath } from '../../lib/article-path.ts';
import type { ContentArticle, ContentSnapshot } from '../../lib/content/read-content.ts';
import { dayParts, formatDay } from '../../lib/dates.ts';
import { entityPath } from '../../lib/entity-path.ts';
import { personNameForms } from '../../lib/names/person-forms.ts';
import { placeNameForms } from '../../lib/names/place-forms.ts';
import type { ArticleText } from './content-records.ts';
import type { ArticleDates } from './mentioned-dates.ts';
import type { ListedArticle, ListedEntity } from './list-input.ts';
import type { EntityRef } from './article-mentions.ts';

/** Every person and place, with its card and name forms. */
export function listedEntities(content: Pick<ContentSnapshot, 'people' | 'places'>): ListedEntity[] {
  const people = [...content.people].map(([id, person]): ListedEntity => ({
    kind: 'people',
    id,
    card: {
      path: entityPath('people', id),
      title: person.name,
      kind: 'person',
      ...(person.description ? { description: person.description } : {}),
    },
    forms: personNameForms(person).map((form) => form.text),
  }));
  const places = [...content.places].map(([id, place]): ListedEntity => ({
    kind: 'places',
    id,
    card: { path: entityPath('places', id), title: place.name, kind: 'place' },
    forms: placeNameForms(place).map((form) => form.text),
  }));
  return [...people, ...places];
}

/**
 * An article as the lists show it (`shown`: its typeset text, as its page shows it), with the
 * people and places its text mentions untagged (article-mentions.ts).
 */
export function listedArticle(
  article: ContentArticle,
  shown: ArticleText,
  content: Pick<ContentSnapshot, 'sources'>,
  // The same dates as the article's record (content-records.ts `searchDates`).
  { mentioned, years }: ArticleDates,
  untagged: readonly EntityRef[] = [],
): ListedArticle {
  const { data } = article;
  const day = dayParts(data.date);
  return {
    path: articlePath(article.id),
    title: shown.title,
    lead: shown.lead,
    text: shown.text,
    at: data.date.instant.getTime(),
    date: formatDay(data.date),
    source: content.sources.get(data.source)?.name ?? data.source,
    day,
    mentioned,
    // A year lists the articles published in it (page-records.ts gives them its key alone).
    years: [[day.year, years.get(day.year) ?? 1]],
    entities: [...data.people.map((id) => `people/${id}`), ...data.places.map((id) => `places/${id}`)],
    mentions: untagged,
  };
}
