/**
 * Turns the names an editor or an outlet gives («Лаврова», «в Британии», «ТАСС») into entity
 * ids. A person or place is matched, in this order, by its whole name in any case, an alias or
 * its Latin name (silently); for a place, by the gazetteer's synonyms («Британия» is
 * Великобритания); by a surname alone when one person has it, or by a spelling one letter off
 * (merged, and listed for the editor to check). A name that could be several entries gets a new
 * entry listed as a possible duplicate; a tag that is no name («Её Величество», `!!!`) is refused.
 * A new person is stored in the nominative; a new place found in the gazetteer gets its kind,
 * containing place and English name. New entries are matched by later names of the same run.
 */
import { notANameReason } from '../names/not-a-name.ts';
import { NameCatalogue, type EntityKind } from '../names/name-catalogue.ts';
import { findMentions, type Mention } from '../names/mentions.ts';
import { personNominative, placeNominative } from '../names/nominative.ts';
import { personLatinName } from '../names/latin-name.ts';
import { shippedGazetteer, type Gazetteer, type GazetteerPlace } from '../names/gazetteer.ts';
import { normalizeName } from '../names/normalize.ts';
import type { Person } from '../../schemas/person.ts';
import type { Place } from '../../schemas/place.ts';
import type { Source } from '../../schemas/source.ts';
import { slugFromText, uniqueSlug } from './slug.ts';

/** The kind of a new place the gazetteer does not know: nothing in a bare name tells. */
export const NEW_PLACE_KIND = 'other';

const ID_LENGTH = 60;

/** A name as given: a plain string, or with its real Latin spelling. */
export interface GivenName {
  name: string;
  latin?: string | undefined;
}

/** How a name was matched: `new` when an entry was made for it. */
export type MatchKind = 'exact' | 'surname' | 'near' | 'new';

/** How a name was resolved. */
export interface Resolution {
  id: string;
  /** True when a new entry was added for this name. */
  created: boolean;
  how: MatchKind;
}

/** A name that is not one, and why. */
export interface Refusal {
  refused: string;
}

/** Something an editor should look at, listed in the summary. */
export interface ReviewNote {
  kind: EntityKind;
  /** The name as given. */
  given: string;
  id: string;
  note:
    | { type: 'merged'; why: string }
    | { type: 'possible-duplicate'; of: string[] }
    | { type: 'no-latin' }
    | { type: 'no-kind' };
}

/** The people, places and sources an import adds. */
export interface NewEntities {
  people: Person[];
  places: Place[];
  sources: Source[];
}

export class EntityRegistry {
  readonly #catalogue: NameCatalogue;
  readonly #gazetteer: Gazetteer;
  readonly #sources: Map<string, Source>;
  readonly #places = new Map<string, Place>();
  readonly created: NewEntities = { people: [], places: [], sources: [] };
  readonly review: ReviewNote[] = [];

  constructor(
    people: readonly Person[],
    places: readonly Place[],
    sources: readonly Source[],
    gazetteer: Gazetteer = shippedGazetteer(),
  ) {
    this.#catalogue = new NameCatalogue(people, places);
    for (const place of places) this.#places.set(place.id, place);
    this.#sources = new Map(sources.map((source) => [source.id, source]));
    this.#gazetteer = gazetteer;
  }

  /** The id of the person called `given` (see the module comment); a refusal for a non-name. */
  person(given: string | GivenName): Resolution | Refusal {
    const { name, latin } = typeof given === 'string' ? { name: given, latin: undefined } : given;
    if (this.#catalogue.has('people', name)) return this.#found(this.#catalogue.exact('people', name)[0]!);
    const refused = notANameReason(name, 'people');
    if (refused) return { refused };
    const nominative = personNominative(name);
    const exact = unique(
      [name, nominative, latin].flatMap((text) => (text ? this.#catalogue.exact('people', text) : [])),
    );
    if (exact.length === 1) return this.#found(exact[0]!);
    let candidates = exact;
    const words = nominative.split(/\s+/u);
    if (candidates.length === 0) {
      const bySurname = unique([name, nominative].flatMap((text) => this.#catalogue.surname(text)));
      // «Сергей Скрипаль» for an entry that is the surname alone, «Скрипаль».
      const surnameEntry = words.length > 1 ? this.#catalogue.exact('people', words.at(-1)!) : [];
      candidates = words.length === 1 ? bySurname : surnameEntry;
      if (candidates.length === 1)
        return this.#merged('people', name, candidates[0]!, 'a surname only one person has', 'surname');
    }
    if (candidates.length === 0) {
      const near = this.#near('people', [name, nominative]);
      if (near.length === 1)
        return this.#merged('people', name, near[0]!.id, `one letter off «${near[0]!.spelling}»`);
      candidates = near.map((match) => match.id);
    }
    const id = this.#newId(nominative, 'people');
    const nameLatin = personLatinName(nominative, latin);
    const person: Person = { id, name: nominative, ...(nameLatin ? { nameLatin } : {}) };
    this.created.people.push(person);
    this.#catalogue.addPerson(person);
    if (candidates.length > 0) this.#note('people', name, id, { type: 'possible-duplicate', of: candidates });
    if (!nameLatin) this.#note('people', name, id, { type: 'no-latin' });
    return { id, created: true, how: 'new' };
  }

  /** The id of the place called `given` (see the module comment); a refusal for a non-name. */
  place(given: string | GivenName): Resolution | Refusal {
    const { name: withPreposition, latin } =
      typeof given === 'string' ? { name: given, latin: undefined } : given;
    if (this.#catalogue.has('places', withPreposition))
      return this.#found(this.#catalogue.exact('places', withPreposition)[0]!);
    const name = withoutPreposition(withPreposition);
    const refused = notANameReason(name, 'places');
    if (refused) return { refused };
    const nominative = placeNominative(name);
    const texts = [withPreposition, name, nominative, latin].filter((text): text is string => Boolean(text));
    const exact = unique(texts.flatMap((text) => this.#catalogue.exact('places', text)));
    if (exact.length === 1) return this.#found(exact[0]!);
    const known =
      exact.length === 0 ? texts.map((text) => this.#gazetteer.find(text)).find(Boolean) : undefined;
    if (known) return this.#gazetteerPlace(known, withPreposition);
    let candidates = exact;
    if (candidates.length === 0) {
      const near = this.#near('places', [name, nominative]);
      if (near.length === 1)
        return this.#merged('places', withPreposition, near[0]!.id, `one letter off «${near[0]!.spelling}»`);
      candidates = near.map((match) => match.id);
    }
    const place = this.#addPlace({
      id: this.#newId(nominative, 'places'),
      name: nominative,
      ...(latin ? { nameLatin: latin } : {}),
      kind: NEW_PLACE_KIND,
    });
    if (candidates.length > 0)
      this.#note('places', withPreposition, place.id, { type: 'possible-duplicate', of: candidates });
    if (!latin) this.#note('places', withPreposition, place.id, { type: 'no-latin' });
    this.#note('places', withPreposition, place.id, { type: 'no-kind' });
    return { id: place.id, created: true, how: 'new' };
  }

  /** The known people and places the texts mention (see names/mentions.ts). */
  mentions(texts: readonly string[]): Mention[] {
    return findMentions(this.#catalogue, texts);
  }

  /** The display name of a person or place, for messages. */
  nameOf(kind: EntityKind, id: string): string | undefined {
    return this.#catalogue.nameOf(kind, id);
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
  source(name: string, articleUrl?: string): { id: string; created: boolean } | undefined {
    const found = this.findSource(name, articleUrl);
    if (found) return { id: found, created: false };
    const home = articleUrl ? homePage(articleUrl) : undefined;
    if (!home) return undefined;
    const id = uniqueSlug(slugFromText(name, ID_LENGTH, 'source'), (candidate) =>
      this.#sources.has(candidate),
    );
    const source: Source = { id, name, url: home };
    this.#sources.set(id, source);
    this.created.sources.push(source);
    return { id, created: true };
  }

  /** The display name of a source, for messages. */
  sourceName(id: string): string | undefined {
    return this.#sources.get(id)?.name;
  }

  #found(id: string): Resolution {
    return { id, created: false, how: 'exact' };
  }

  #merged(
    kind: EntityKind,
    given: string,
    id: string,
    why: string,
    how: 'surname' | 'near' = 'near',
  ): Resolution {
    this.#note(kind, given, id, { type: 'merged', why });
    return { id, created: false, how };
  }

  #near(kind: EntityKind, texts: readonly string[]): { id: string; spelling: string }[] {
    const found = new Map<string, { id: string; spelling: string }>();
    for (const text of texts)
      for (const match of this.#catalogue.near(kind, text)) found.set(match.id, match);
    return [...found.values()];
  }

  /** The archive's entry for a gazetteer place (matched by id or any of its names), or a new one. */
  #gazetteerPlace(known: GazetteerPlace, given: string): Resolution {
    const existing = unique(
      [known.id, known.name, known.nameLatin, ...known.aliases].flatMap((text) =>
        this.#catalogue.exact('places', text),
      ),
    );
    if (existing.length === 1) return this.#found(existing[0]!);
    const container = known.within ? this.#gazetteer.byId(known.within) : undefined;
    const within = container ? this.#gazetteerPlace(container, container.name).id : undefined;
    const place = this.#addPlace({
      id: this.#catalogue.has('places', known.id) ? this.#newId(known.name, 'places') : known.id,
      name: known.name,
      nameLatin: known.nameLatin,
      kind: known.kind,
      ...(within ? { within } : {}),
      ...(known.aliases.length > 0 ? { aliases: known.aliases } : {}),
    });
    if (existing.length > 1)
      this.#note('places', given, place.id, { type: 'possible-duplicate', of: existing });
    return { id: place.id, created: true, how: 'new' };
  }

  #addPlace(place: Place): Place {
    this.#places.set(place.id, place);
    this.created.places.push(place);
    this.#catalogue.addPlace(place);
    return place;
  }

  #note(kind: EntityKind, given: string, id: string, note: ReviewNote['note']): void {
    this.review.push({ kind, given, id, note });
  }

  #newId(name: string, kind: EntityKind): string {
    return uniqueSlug(slugFromText(name, ID_LENGTH, 'entry'), (candidate) =>
      this.#catalogue.has(kind, candidate),
    );
  }
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
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
  return URL.parse(url)?.hostname.replace(/^www\./, '');
}

const LEADING_PREPOSITION = /^(?:в|во|на|из|с|со|к|ко|о|об|у|под|над|по|для|от|до|при|за)\s+(?=\p{Lu})/u;

/** «в Москве» → «Москве»: a place copied with its preposition; a capital letter must follow. */
export function withoutPreposition(name: string): string {
  return name.replace(LEADING_PREPOSITION, '');
}
