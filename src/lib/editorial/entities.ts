/**
 * Turns the names an editor or a crawler gives («Лаврова», «в Душанбе»'s «Душанбе», «ТАСС»)
 * into entity ids: an existing person, place or source when any spelling or grammatical case
 * of its name matches (`NameIndex`), otherwise a new entry with a frozen id (slugified,
 * unique) and a Latin name (transliterated). New entries are remembered, so a name created by
 * one article is matched by the next.
 */
import transliterate from '@sindresorhus/transliterate';
import { NameIndex, type NamedKind } from '../names/name-index.ts';
import { normalizeName } from '../names/normalize.ts';
import type { Person } from '../../schemas/person.ts';
import type { Place } from '../../schemas/place.ts';
import type { Source } from '../../schemas/source.ts';
import { slugFromText, uniqueSlug } from './slug.ts';

/** Written into a new person's required description until an editor replaces it. */
export const NEW_PERSON_DESCRIPTION = 'описание не заполнено';
/** The kind of a new place: nothing in a bare name tells a city from a region. */
export const NEW_PLACE_KIND = 'other';

const ID_LENGTH = 60;

/** How a name was resolved. */
export interface Resolution {
  id: string;
  /** True when a new entry was added for this name. */
  created: boolean;
}

/** The people, places and sources an import adds. */
export interface NewEntities {
  people: Person[];
  places: Place[];
  sources: Source[];
}

export class EntityRegistry {
  readonly #people: Map<string, Person>;
  readonly #places: Map<string, Place>;
  readonly #sources: Map<string, Source>;
  readonly #existingNames: NameIndex;
  /**
   * Indexes of the new entries: a small one per entry, merged into one every few entries
   * (rebuilding a single index on every new entry would be quadratic).
   */
  #newNames: NameIndex[] = [];
  readonly created: NewEntities = { people: [], places: [], sources: [] };

  constructor(people: readonly Person[], places: readonly Place[], sources: readonly Source[]) {
    this.#people = new Map(people.map((person) => [person.id, person]));
    this.#places = new Map(places.map((place) => [place.id, place]));
    this.#sources = new Map(sources.map((source) => [source.id, source]));
    this.#existingNames = new NameIndex(this.#people, this.#places);
  }

  /** The id of the person called `name` in any case or spelling; a new person if none. */
  person(name: string): Resolution {
    const found = this.#find('people', name);
    if (found) return { id: found, created: false };
    const id = this.#newId(name, this.#people);
    const person: Person = { id, name, nameLatin: latinName(name), description: NEW_PERSON_DESCRIPTION };
    this.#people.set(id, person);
    this.created.people.push(person);
    this.#indexNew(new NameIndex([[id, person]], []));
    return { id, created: true };
  }

  /** The id of the place called `name` in any case or spelling; a new place if none. */
  place(given: string): Resolution {
    const found = this.#find('places', given);
    const name = withoutPreposition(given);
    if (found) return { id: found, created: false };
    const id = this.#newId(name, this.#places);
    const place: Place = { id, name, nameLatin: latinName(name), kind: NEW_PLACE_KIND };
    this.#places.set(id, place);
    this.created.places.push(place);
    this.#indexNew(new NameIndex([], [[id, place]]));
    return { id, created: true };
  }

  /**
   * The id of the source named `name` (or with that id), else of the source whose home page
   * is on the host of `articleUrl`; `undefined` when there is none yet.
   */
  findSource(name: string, articleUrl?: string): string | undefined {
    const key = normalizeName(name);
    const site = articleUrl ? siteKey(articleUrl) : undefined;
    const sources = [...this.#sources.values()];
    return (
      sources.find((source) => source.id === name || normalizeName(source.name) === key) ??
      (site ? sources.find((source) => siteKey(source.url) === site) : undefined)
    )?.id;
  }

  /**
   * As `findSource`, and otherwise a new source with the host of `articleUrl` as its home
   * page. Without a URL an unknown source cannot be created: `undefined`.
   */
  source(name: string, articleUrl?: string): Resolution | undefined {
    const found = this.findSource(name, articleUrl);
    if (found) return { id: found, created: false };
    const home = articleUrl ? homePage(articleUrl) : undefined;
    if (!home) return undefined;
    const id = this.#newId(name, this.#sources);
    const source: Source = { id, name, url: home };
    this.#sources.set(id, source);
    this.created.sources.push(source);
    return { id, created: true };
  }

  /** The display name of a source, for messages. */
  sourceName(id: string): string | undefined {
    return this.#sources.get(id)?.name;
  }

  #find(kind: NamedKind, name: string): string | undefined {
    const entities: ReadonlyMap<string, unknown> = kind === 'people' ? this.#people : this.#places;
    if (entities.has(name)) return name;
    const bare = withoutPreposition(name);
    const byName = (index: NameIndex) =>
      [name, bare].flatMap((text) => index.lookup(text)).find((match) => match.kind === kind)?.id;
    const existing = byName(this.#existingNames);
    if (existing) return existing;
    for (const index of this.#newNames) {
      const found = byName(index);
      if (found) return found;
    }
    return undefined;
  }

  #indexNew(index: NameIndex): void {
    this.#newNames.push(index);
    if (this.#newNames.length < 32) return;
    const pairs = <T extends { id: string }>(list: T[]) =>
      list.map((entry): [string, T] => [entry.id, entry]);
    this.#newNames = [new NameIndex(pairs(this.created.people), pairs(this.created.places))];
  }

  #newId(name: string, taken: ReadonlyMap<string, unknown>): string {
    return uniqueSlug(slugFromText(name, ID_LENGTH, 'entry'), (candidate) => taken.has(candidate));
  }
}

/** «Сергей Лавров» → "Sergey Lavrov": the same transliteration the ids use, with capitals. */
export function latinName(name: string): string {
  return transliterate(name).replace(/\s+/g, ' ').trim() || name;
}

/** `https://tass.ru/politika/1` → `https://tass.ru/`; `undefined` for anything not http(s). */
export function homePage(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return /^https?:$/.test(parsed.protocol) ? `${parsed.origin}/` : undefined;
  } catch {
    return undefined;
  }
}

/** The host of a URL without `www.`: `https://www.tass.ru/x` and `https://tass.ru/` are one site. */
function siteKey(url: string): string | undefined {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return undefined;
  }
}

const LEADING_PREPOSITION = /^(?:в|во|на|из|с|со|к|ко|о|об|у|под|над|по|для|от|до|при|за)\s+(?=\p{Lu})/u;

/** «в Москве» → «Москве»: a place copied with its preposition; a capital letter must follow. */
export function withoutPreposition(name: string): string {
  return name.replace(LEADING_PREPOSITION, '');
}
