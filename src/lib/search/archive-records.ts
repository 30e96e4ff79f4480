/**
 * Search records for the archive's pages, from the archive as the pages load it: the glue
 * between `getArchive()` and the pure record builders in page-records.ts.
 */
import type { Archive, ArchiveArticle } from '../../data/archive.ts';
import { dayParts, formatDay } from '../dates.ts';
import { htmlText } from '../markdown/html-text.ts';
import { personNameForms } from '../names/person-forms.ts';
import { placeNameForms } from '../names/place-forms.ts';
import { articleRecord, entityRecord, type SearchRecord } from './page-records.ts';

function resolved<T>(ids: readonly string[], from: ReadonlyMap<string, T>): [string, T][] {
  return ids.flatMap((id) => {
    const entity = from.get(id);
    return entity ? [[id, entity] as [string, T]] : [];
  });
}

/** The record of an article page. */
export function articleSearchRecord(article: ArchiveArticle, archive: Archive): SearchRecord {
  return articleRecord({
    day: dayParts(article.date),
    text: [article.title, article.lead ?? '', htmlText(article.entry.rendered?.html ?? '')].join('\n\n'),
    sourceId: article.sourceId,
    sourceName: archive.sources.get(article.sourceId)?.name ?? article.sourceId,
    displayDate: formatDay(article.date),
    people: resolved(article.peopleIds, archive.people),
    places: resolved(article.placeIds, archive.places),
  });
}

/** The record of a person, place or source page. */
export function entitySearchRecord(
  kind: 'people' | 'places' | 'sources',
  id: string,
  archive: Archive,
): SearchRecord {
  switch (kind) {
    case 'people': {
      const person = archive.people.get(id)!;
      return entityRecord('person', personNameForms(person), person.description);
    }
    case 'places': {
      const place = archive.places.get(id)!;
      return entityRecord('place', placeNameForms(place));
    }
    case 'sources': {
      const source = archive.sources.get(id)!;
      return entityRecord('source', [{ case: 'nominative', text: source.name }]);
    }
  }
}
