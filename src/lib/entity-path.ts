/** Where the page of a person, place or source is served, without the deploy base. */

/** The collections that have a page per entry, and their URL segment. */
export type EntityKind = 'people' | 'places' | 'sources';

/** `/people/sergey-lavrov/`: the page of a person, place or source, without the base. */
export function entityPath(kind: EntityKind, id: string): string {
  return `/${kind}/${id}/`;
}
