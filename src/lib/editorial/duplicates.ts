/**
 * Knows which articles the archive already holds, to keep an import from adding one twice:
 * the same source URL, or the same source, Moscow day and title (compared ignoring letter
 * case, ё/е and punctuation, after clean-up).
 */
import { normalizeName } from '../names/normalize.ts';

/** What identifies an article already in the archive (or queued by this import). */
export interface ArticleKey {
  /** Path under `articles/`: `2022/05/12-slug.md`. */
  file: string;
  title: string;
  /** Moscow calendar day, `YYYY-MM-DD`. */
  day: string;
  /** Source id. */
  source: string;
  sourceUrl?: string | undefined;
}

/** The article that a new one would repeat, and why it counts as the same. */
export interface Duplicate {
  file: string;
  reason: 'same source URL' | 'same source, date and title';
}

export class DuplicateIndex {
  readonly #byUrl = new Map<string, string>();
  readonly #byTitle = new Map<string, string>();

  constructor(articles: Iterable<ArticleKey> = []) {
    for (const article of articles) this.add(article);
  }

  /** Remembers an article; a later `find` for the same one returns its file. */
  add(article: ArticleKey): void {
    if (article.sourceUrl) this.#byUrl.set(urlKey(article.sourceUrl), article.file);
    this.#byTitle.set(titleKey(article), article.file);
  }

  /** The article that `candidate` repeats; the source id may be unknown for a new source. */
  find(
    candidate: Omit<ArticleKey, 'file' | 'source'> & { source: string | undefined },
  ): Duplicate | undefined {
    const byUrl = candidate.sourceUrl ? this.#byUrl.get(urlKey(candidate.sourceUrl)) : undefined;
    if (byUrl) return { file: byUrl, reason: 'same source URL' };
    const byTitle = candidate.source
      ? this.#byTitle.get(titleKey({ ...candidate, source: candidate.source }))
      : undefined;
    return byTitle ? { file: byTitle, reason: 'same source, date and title' } : undefined;
  }
}

/** `HTTPS://www.TASS.ru/x/#top` and `https://tass.ru/x` are one address. */
export function urlKey(url: string): string {
  try {
    const parsed = new URL(url);
    const host = parsed.hostname.replace(/^www\./, '');
    return `${host}${parsed.pathname.replace(/\/+$/, '')}${parsed.search}`;
  } catch {
    return url.trim();
  }
}

function titleKey({ source, day, title }: Pick<ArticleKey, 'source' | 'day' | 'title'>): string {
  return `${source}\n${day}\n${normalizeName(title)}`;
}
