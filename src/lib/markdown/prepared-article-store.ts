/**
 * Prepared articles (prepare-article.ts) kept on disk between builds, one JSON file per article
 * file's digest. The search job renders only new and changed articles; without this a rebuild's
 * pages that show an unchanged one (a neighbour, a related list, a feed's full text: ~2,000
 * articles after a day's 50 at 10,000) rendered and typeset it again, ~4 ms each on the main
 * thread. The search job writes a file for each article it renders and drops those of files
 * gone; the pages read them. The folder is named by the digest of the code that prepares
 * articles (search-job.ts), and Astro's cache folder is per base, so a file is never stale.
 * Each file starts with a line holding the SHA-1 of the rest, checked when it is read: a damaged
 * file (truncated, garbled) is not shown but counted, and its article is rendered again.
 */
import { hash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ArticleForPage } from './prepare-article.ts';

/** The line a stored file starts with: the SHA-1 of what follows it. */
const checkOf = (json: string) => hash('sha1', json);

export class PreparedArticleStore {
  readonly folder: string;
  /** Files found damaged (their articles rendered again). */
  damaged = 0;

  constructor(folder: string) {
    this.folder = folder;
  }

  #file(digest: string): string {
    return join(this.folder, `${digest}.json`);
  }

  /** Whether the article prepared from the file with `digest` is stored. */
  has(digest: string): boolean {
    return existsSync(this.#file(digest));
  }

  /** The article prepared from the file with `digest`, or undefined (none, or damaged). */
  get(digest: string): ArticleForPage | undefined {
    let text: string;
    try {
      text = readFileSync(this.#file(digest), 'utf8');
    } catch {
      return undefined;
    }
    const newline = text.indexOf('\n');
    const json = text.slice(newline + 1);
    try {
      if (newline < 0 || text.slice(0, newline) !== checkOf(json)) throw new Error('damaged');
      const article = JSON.parse(json) as ArticleForPage;
      if (article.digest !== digest) throw new Error('another article');
      return article;
    } catch {
      this.damaged += 1;
      return undefined;
    }
  }

  /** Stores an article whole: written aside, then moved, so a stopped build leaves no half file. */
  put(article: ArticleForPage): void {
    mkdirSync(this.folder, { recursive: true });
    const file = this.#file(article.digest);
    const temporary = `${file}.${process.pid}.tmp`;
    const json = JSON.stringify(article);
    writeFileSync(temporary, `${checkOf(json)}\n${json}`);
    renameSync(temporary, file);
  }

  /**
   * Drops the articles of files no longer in `digests`, and the folders of other code beside
   * this one; returns how many articles it dropped.
   */
  keepOnly(digests: ReadonlySet<string>): number {
    const parent = dirname(this.folder);
    if (existsSync(parent))
      for (const other of readdirSync(parent))
        if (join(parent, other) !== this.folder)
          rmSync(join(parent, other), { recursive: true, force: true });
    if (!existsSync(this.folder)) return 0;
    let dropped = 0;
    for (const name of readdirSync(this.folder)) {
      if (digests.has(name.replace(/\.json$/, ''))) continue;
      rmSync(join(this.folder, name), { force: true });
      dropped += 1;
    }
    return dropped;
  }
}
