/**
 * The people and places an article's text names without being tagged with them, for search: a
 * query naming one finds every article that tags or mentions it (search-lists.ts, and the name
 * keys of page-records.ts). Found with the mention finder that tags imported articles
 * (src/lib/names/mentions.ts): a whole name in any case, an alias or Latin name, a surname alone
 * when one person has it; never a common word at a sentence start («Мир», «Вера»).
 *
 * Measured on the benchmark's 5,000 articles (625 people, 313 places): ~2 s of CPU on the search
 * job's core, kept between builds (docs/decisions/0034-mentions-and-sounds-in-search.md).
 */
import { createHash } from 'node:crypto';
import type { ContentArticle, ContentSnapshot } from '../../lib/content/read-content.ts';
import { codeDigest } from '../../lib/code-digest.ts';
import { JsonCache } from '../../lib/json-cache.ts';
import { findMentions } from '../../lib/names/mentions.ts';
import { NameCatalogue } from '../../lib/names/name-catalogue.ts';

/** An entity as the lists and keys refer to it: `people/<id>` or `places/<id>`. */
export type EntityRef = `${'people' | 'places'}/${string}`;

export class ArticleMentions {
  readonly #catalogue: NameCatalogue;

  constructor(content: Pick<ContentSnapshot, 'people' | 'places'>) {
    this.#catalogue = new NameCatalogue(content.people.values(), content.places.values());
  }

  /**
   * The entities an article's texts (its typeset title, lead and body) mention and the article
   * is not tagged with, in order of appearance.
   */
  untagged(article: ContentArticle, texts: readonly string[]): EntityRef[] {
    const { people, places } = article.data;
    const tagged = new Set([...people.map((id) => `people/${id}`), ...places.map((id) => `places/${id}`)]);
    return findMentions(this.#catalogue, texts)
      .map(({ kind, id }): EntityRef => `${kind}/${id}`)
      .filter((ref) => !tagged.has(ref));
  }
}

/** The code that finds the mentions: this module and all it imports, packages too. */
const MENTION_CODE = [new URL(import.meta.url)];

/**
 * The people and places each article mentions untagged, by article id, from its typeset text.
 * With `cacheFile`, kept between builds by the article file's digest, and dropped whole when a
 * person or place changes (their names decide every mention) or the code does: a rebuild after
 * one new article reads one article (the whole archive took ~2 s of CPU at 5,000 articles).
 */
export function untaggedMentions(
  content: Pick<ContentSnapshot, 'people' | 'places' | 'articles'>,
  texts: ReadonlyMap<string, { title: string; lead: string | undefined; text: string }>,
  cacheFile?: string,
): Map<string, EntityRef[]> {
  const basis = createHash('sha256').update(codeDigest(MENTION_CODE));
  for (const entity of [...content.people.values(), ...content.places.values()])
    basis.update(`${JSON.stringify(entity)}\n`);
  const cache = cacheFile ? new JsonCache<EntityRef[]>(cacheFile, basis.digest('hex')) : undefined;
  let finder: ArticleMentions | undefined;
  const found = new Map<string, EntityRef[]>();
  for (const article of content.articles) {
    let refs = cache?.get(article.digest);
    if (!refs) {
      const { title, lead, text } = texts.get(article.id)!;
      finder ??= new ArticleMentions(content);
      refs = finder.untagged(article, [title, lead ?? '', text]);
    }
    cache?.set(article.digest, refs);
    found.set(article.id, refs);
  }
  cache?.save();
  return found;
}
