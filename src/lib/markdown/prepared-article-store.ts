/**
 * Prepared articles (prepare-article.ts) kept on disk between builds, one JSON file per article
 * file's digest. The search job renders only new and changed articles; without this a rebuild's
 * pages that show an unchanged one (a neighbour, a related list, a feed's full text: ~2,000
 * articles after a day's 50 at 10,000) rendered and typeset it again, ~4 ms each on the main
 * thread. The search job writes a file for each article it renders and drops those of files
 * gone; the pages read them. The folder is named by the digest of the code that prepares
 * articles (search-job.ts), and Astro's cache folder is per base, so a file is never stale.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ArticleForPage } from './prepare-article.ts';

export class PreparedArticleStore {
  readonly folder: string;

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

  /** The article prepared from the file with `digest`, or undefined. */
  get(digest: string): ArticleForPage | undefined {
    try {
      const article = JSON.parse(readFileSync(this.#file(digest), 'utf8')) as ArticleForPage;
      return article.digest === digest ? article : undefined;
    } catch {
      return undefined;
    }
  }

  /** Stores an article whole: written aside, then moved, so a stopped build leaves no half file. */
  put(article: ArticleForPage): void {
    mkdirSync(this.folder, { recursive: true });
    const file = this.#file(article.digest);
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(article));
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
