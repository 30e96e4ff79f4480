/**
 * The people and places an article's text names without being tagged with them, for search: a
 * query naming one finds every article that tags or mentions it (search-lists.ts, and the name
 * keys of page-records.ts). Found with the mention finder that tags imported articles
 * (src/lib/names/mentions.ts): a whole name in any case, an alias or Latin name, a surname alone
 * when one person has it; never a common word at a sentence start («Мир», «Вера»).
 *
 * Measured on the benchmark's 5,000 articles (625 people, 313 places): see
 * docs/decisions/0031-mentions-and-sounds-in-search.md.
 */
import type { ContentArticle, ContentSnapshot } from '../../lib/content/read-content.ts';
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

/** The people and places each article mentions untagged, by article id, from its typeset text. */
export function untaggedMentions(
  content: Pick<ContentSnapshot, 'people' | 'places' | 'articles'>,
  texts: ReadonlyMap<string, { title: string; lead: string | undefined; text: string }>,
): Map<string, EntityRef[]> {
  const finder = new ArticleMentions(content);
  return new Map(
    content.articles.map((article) => {
      const { title, lead, text } = texts.get(article.id)!;
      return [article.id, finder.untagged(article, [title, lead ?? '', text])];
    }),
  );
}
