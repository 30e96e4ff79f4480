/**
 * The search index's records, built from the content itself (src/lib/content/read-content.ts)
 * rather than from built pages: one per article page and one per person, place and source
 * page, each with the text its page shows, the filters, sort and searchable metadata of
 * page-records.ts, and the URL it is served at (without the deploy base, which the search
 * page adds). Pagefind indexes them with `addCustomRecord`.
 */
import { articlePath } from '../../lib/article-path.ts';
import type { ContentArticle, ContentSnapshot } from '../../lib/content/read-content.ts';
import { dayParts, formatDay } from '../../lib/dates.ts';
import { entityPath } from '../../lib/entity-path.ts';
import { personNameForms } from '../../lib/names/person-forms.ts';
import { placeNameForms } from '../../lib/names/place-forms.ts';
import { ui } from '../../i18n/ru.ts';
import { articleDates, type ArticleDates } from './mentioned-dates.ts';
import { articleRecord, entityRecord, type SearchRecord } from './page-records.ts';
import { SYNONYMS_META, type SynonymFinder } from './synonyms.ts';
import type { EntityRef } from './article-mentions.ts';

/** What Pagefind's `addCustomRecord` takes, always in Russian. */
export interface PagefindRecord {
  /** Site path without the base: `/2022/05/12/slug/`, `/people/sergey-lavrov/`. */
  url: string;
  /** The text of the page that search matches and excerpts come from. */
  content: string;
  language: 'ru';
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

function resolved<T>(ids: readonly string[], from: ReadonlyMap<string, T>): [string, T][] {
  return ids.flatMap((id) => {
    const entity = from.get(id);
    return entity ? [[id, entity] as [string, T]] : [];
  });
}

/** The ids of one kind among entity references (`people/<id>`). */
function idsOf(refs: readonly EntityRef[], kind: 'people' | 'places'): string[] {
  return refs.filter((ref) => ref.startsWith(`${kind}/`)).map((ref) => ref.slice(kind.length + 1));
}

function toPagefind(
  url: string,
  title: string,
  texts: (string | undefined)[],
  record: SearchRecord,
  hidden: Record<string, string> = {},
) {
  return {
    url,
    content: texts.filter(Boolean).join('\n\n'),
    language: 'ru',
    meta: { title, ...record.meta, ...hidden },
    filters: record.filters,
    sort: record.sort,
  } satisfies PagefindRecord;
}

/** The typeset text of an article as its page shows it (see prepare-article.ts). */
export interface ArticleText {
  /** The body as plain text. */
  text: string;
  title: string;
  lead: string | undefined;
}

/** The searchable text of an article: title, lead and body. */
export function articleTextOf(shown: ArticleText): string {
  return [shown.title, shown.lead, shown.text].filter(Boolean).join('\n\n');
}

/**
 * The dates an article carries for search, read from its title, lead and body: computed once
 * per article and given to both its record and its lists, so the two always agree.
 */
export function searchDates(article: ContentArticle, shown: ArticleText): ArticleDates {
  const { data } = article;
  return articleDates(dayParts(data.date), [data.title, data.lead ?? '', shown.text].join('\n\n'));
}

/**
 * The record of an article page: its typeset title, lead and body text, the dates it
 * mentions, its people, places and source, and every spelling of the synonym groups it uses
 * (`findSynonyms`, synonyms.ts: searchable, never in an excerpt), and the people and places its
 * text mentions untagged (`mentioned`, article-mentions.ts).
 */
export function articleSearchRecord(
  article: ContentArticle,
  shown: ArticleText,
  content: Pick<ContentSnapshot, 'people' | 'places' | 'sources'>,
  dates: ArticleDates,
  findSynonyms: SynonymFinder = () => undefined,
  mentioned: readonly EntityRef[] = [],
): PagefindRecord {
  const { data } = article;
  const path = articlePath(article.id);
  const record = articleRecord({
    path,
    at: data.date.instant.getTime(),
    day: dayParts(data.date),
    dates,
    sourceId: data.source,
    sourceName: content.sources.get(data.source)?.name ?? data.source,
    displayDate: formatDay(data.date),
    people: resolved(data.people, content.people),
    places: resolved(data.places, content.places),
    mentioned: {
      people: resolved(idsOf(mentioned, 'people'), content.people).map(([, person]) => person),
      places: resolved(idsOf(mentioned, 'places'), content.places).map(([, place]) => place),
    },
  });
  const synonyms = findSynonyms(articleTextOf(shown));
  const texts = [shown.title, shown.lead, shown.text];
  return toPagefind(path, shown.title, texts, record, synonyms ? { [SYNONYMS_META]: synonyms } : {});
}

/**
 * The records of the person, place and source pages: name, Latin name and what the page says
 * the entity is, with every form of the name as metadata. Counts and dates are left out, so a
 * new article does not change them.
 */
export function entitySearchRecords(
  content: Pick<ContentSnapshot, 'people' | 'places' | 'sources'>,
): PagefindRecord[] {
  const people = [...content.people.values()].map((person) =>
    toPagefind(
      entityPath('people', person.id),
      person.name,
      [person.name, person.nameLatin, person.description],
      entityRecord('person', personNameForms(person), person.description),
    ),
  );
  const places = [...content.places.values()].map((place) => {
    const container = place.within ? content.places.get(place.within) : undefined;
    return toPagefind(
      entityPath('places', place.id),
      place.name,
      [
        place.name,
        place.nameLatin,
        ui.placeKinds[place.kind],
        container && `${ui.within}: ${container.name}`,
      ],
      entityRecord('place', placeNameForms(place)),
    );
  });
  const sources = [...content.sources.values()].map((source) =>
    toPagefind(
      entityPath('sources', source.id),
      source.name,
      [source.name],
      entityRecord('source', [{ case: 'nominative', text: source.name }]),
    ),
  );
  return [...people, ...places, ...sources];
}
