/**
 * Who and what appears most often with a person, place or source, as its pages show it. Every
 * page of an entity shows the same lists, so they are counted once per entity: a source with
 * 600 pages of 12,000 articles would otherwise count all of them 600 times.
 */
import type { Archive, ArchiveArticle } from './archive.ts';
import { coMentions, type MentionCount } from '../lib/browse/co-mentions.ts';
import { russianCollator } from '../lib/browse/collation.ts';
import { browse } from '../i18n/ru.ts';
import type { EntityKind } from '../lib/urls.ts';

/** One list of co-mentions: of people or of places. */
export interface MentionList {
  kind: 'people' | 'places';
  heading: string;
  from: Map<string, { name: string }>;
  counts: MentionCount[];
}

const byArticles = new WeakMap<readonly ArchiveArticle[], MentionList[]>();

/** The people and the places mentioned most with the entity whose articles are `articles`. */
export function mentionedWith(
  archive: Archive,
  kind: EntityKind,
  id: string,
  articles: readonly ArchiveArticle[],
): MentionList[] {
  const known = byArticles.get(articles);
  if (known) return known;
  const byName = (from: Map<string, { name: string }>) => (a: string, b: string) =>
    russianCollator.compare(from.get(a)?.name ?? a, from.get(b)?.name ?? b);
  const lists = [
    {
      kind: 'people' as const,
      heading: browse.withPeople,
      from: archive.people,
      idsOf: (a: ArchiveArticle) => a.peopleIds,
    },
    {
      kind: 'places' as const,
      heading: browse.withPlaces,
      from: archive.places,
      idsOf: (a: ArchiveArticle) => a.placeIds,
    },
  ].map(({ idsOf, ...list }) => ({
    ...list,
    counts: coMentions(articles, idsOf, {
      exclude: list.kind === kind ? id : undefined,
      tieBreak: byName(list.from),
    }),
  }));
  byArticles.set(articles, lists);
  return lists;
}
