/**
 * Adds checked articles to a content folder: resolves their source, people and places,
 * refuses duplicates (unless updating on purpose), picks a unique dated path and writes the
 * Markdown. Writes are queued and flushed in batches: entity lists first, then the articles
 * that refer to them, so a crash between two files never leaves a dangling reference.
 * `npm run new` and `npm run import` share it.
 */
import { articleSchema } from '../../schemas/article.ts';
import { articleFile, parseArticlePath } from '../article-path.ts';
import { markdownBody, withFrontmatter } from './article-markdown.ts';
import type { ArticleInput } from './article-input.ts';
import { addCounts, emptyCounts, type CleanupCounts } from './clean-text.ts';
import { appendEntities, readArticle, writeArticle, type ContentSnapshot } from './content-store.ts';
import { DuplicateIndex } from './duplicates.ts';
import {
  EntityRegistry,
  type GivenName,
  type MatchKind,
  type NewEntities,
  type ReviewNote,
} from './entities.ts';
import { uniqueSlug, slugFromText } from './slug.ts';

/** A name given for a person or place (or found in the text), and the entry it now refers to. */
export interface NameResolution {
  kind: 'people' | 'places' | 'sources';
  name: string;
  id: string;
  /** True when a new entry was added for it. */
  created: boolean;
  /** How it was matched; `text` when the article's text mentions it and no tag gave it. */
  how?: MatchKind | 'text';
}

/** A tag that is not a name, left out of the article. */
export interface RefusedName {
  kind: 'people' | 'places';
  name: string;
  reason: string;
}

/** What happened to one article. */
export type Outcome =
  | {
      kind: 'added' | 'updated' | 'unchanged';
      file: string;
      names: NameResolution[];
      refused: RefusedName[];
    }
  | { kind: 'skipped'; file: string; reason: string }
  | { kind: 'failed'; reasons: string[] };

/** Running totals for the summary. */
export interface ImportStats {
  added: number;
  updated: number;
  unchanged: number;
  skipped: number;
  failed: number;
  cleanup: CleanupCounts;
  /** Tags that were no names, left out. */
  refused: RefusedName[];
  /** People and places added to articles because their text mentions them. */
  tagged: NameResolution[];
}

export class ArticleImporter {
  readonly #root: string;
  readonly #update: boolean;
  readonly #entities: EntityRegistry;
  readonly #duplicates: DuplicateIndex;
  readonly #files: Set<string>;
  readonly #pending = new Map<string, string>();
  /** Files this import has added or replaced: a second line for one of them is a repeat. */
  readonly #touched = new Set<string>();
  readonly #flushedEntities = { people: 0, places: 0, sources: 0 };
  readonly stats: ImportStats = {
    added: 0,
    updated: 0,
    unchanged: 0,
    skipped: 0,
    failed: 0,
    cleanup: emptyCounts(),
    refused: [],
    tagged: [],
  };

  constructor(root: string, content: ContentSnapshot, options: { update?: boolean } = {}) {
    this.#root = root;
    this.#update = options.update ?? false;
    this.#entities = new EntityRegistry(content.people, content.places, content.sources);
    this.#duplicates = new DuplicateIndex(content.articles);
    this.#files = new Set(content.articles.map((article) => article.file));
  }

  /** The people, places and sources added so far. */
  get created(): NewEntities {
    return this.#entities.created;
  }

  /** The display name of a person or place, for the summary. */
  readonly nameOf = (kind: 'people' | 'places', id: string): string | undefined =>
    this.#entities.nameOf(kind, id);

  /** What the editor should check: merges by surname or spelling, possible duplicates, missing data. */
  get review(): readonly ReviewNote[] {
    return this.#entities.review;
  }

  /** Counts a line that could not be read as an article. */
  fail(reasons: string[]): Outcome {
    this.stats.failed += 1;
    return { kind: 'failed', reasons };
  }

  /** Adds (or with `update`, replaces) one article; its clean-up is added to the totals. */
  add(article: ArticleInput, cleanup: CleanupCounts): Outcome {
    const day = article.date.date.day;
    const knownSource = this.#entities.findSource(article.source, article.url);
    const duplicate = this.#duplicates.find({
      title: article.title,
      day,
      source: knownSource,
      sourceUrl: article.url,
    });
    const repeat = duplicate !== undefined && this.#touched.has(duplicate.file);
    if (duplicate && (!this.#update || repeat)) {
      this.stats.skipped += 1;
      const why = repeat ? 'repeats an earlier line of this import' : 'is already in the archive';
      return {
        kind: 'skipped',
        file: duplicate.file,
        reason: `${why} (${duplicate.reason}): articles/${duplicate.file}${this.#update || repeat ? '' : '; use --update to replace it'}`,
      };
    }
    if (duplicate && parseArticlePath(duplicate.file)?.day !== day) {
      return this.fail([
        `"date" ${day} differs from the existing articles/${duplicate.file}: move or delete that file by hand, then import again`,
      ]);
    }
    // The body first: text that cannot be written faithfully must fail before any new entry is made.
    let body: string;
    try {
      body = markdownBody(article.paragraphs);
    } catch (error) {
      return this.fail([(error as Error).message]);
    }
    const source = this.#entities.source(article.source, article.url);
    if (!source) {
      return this.fail([
        `unknown source "${article.source}": add it to sources.yaml, or give the article's "url" so the source's home page can be taken from it`,
      ]);
    }
    const names: NameResolution[] = [{ kind: 'sources', name: article.source, ...source }];
    const refused: RefusedName[] = [];
    const resolve = (kind: 'people' | 'places', given: GivenName) => {
      const resolution = kind === 'people' ? this.#entities.person(given) : this.#entities.place(given);
      if ('refused' in resolution) {
        refused.push({ kind, name: given.name, reason: resolution.refused });
        return [];
      }
      names.push({ kind, name: given.name, ...resolution });
      return [resolution.id];
    };
    const people = unique(article.people.flatMap((given) => resolve('people', given)));
    const places = unique(article.places.flatMap((given) => resolve('places', given)));
    // People and places the text mentions that no tag gave.
    const tagged: NameResolution[] = [];
    for (const mention of this.#entities.mentions([
      article.title,
      article.lead ?? '',
      ...article.paragraphs,
    ])) {
      const list = mention.kind === 'people' ? people : places;
      if (list.includes(mention.id)) continue;
      list.push(mention.id);
      tagged.push({ kind: mention.kind, name: mention.text, id: mention.id, created: false, how: 'text' });
    }
    names.push(...tagged);
    const frontmatter = {
      title: article.title,
      date: article.date.text,
      source: source.id,
      sourceUrl: article.url,
      lead: article.lead,
      people,
      places,
    };
    const checked = articleSchema.safeParse(frontmatter);
    if (!checked.success)
      return this.fail(checked.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
    const markdown = withFrontmatter(frontmatter, body);
    const file = duplicate?.file ?? this.#newFile(day, article.title);
    this.#files.add(file);
    this.#touched.add(file);
    this.#duplicates.add({ file, title: article.title, day, source: source.id, sourceUrl: article.url });
    addCounts(this.stats.cleanup, cleanup);
    this.stats.refused.push(...refused);
    this.stats.tagged.push(...tagged);
    if (duplicate && readArticle(this.#root, file) === markdown) {
      this.stats.unchanged += 1;
      return { kind: 'unchanged', file, names, refused };
    }
    this.#pending.set(file, markdown);
    this.stats[duplicate ? 'updated' : 'added'] += 1;
    return { kind: duplicate ? 'updated' : 'added', file, names, refused };
  }

  /** Writes what is queued: new entity entries first, then the articles. */
  flush(): void {
    const { people, places, sources } = this.#entities.created;
    const done = this.#flushedEntities;
    appendEntities(this.#root, {
      people: people.slice(done.people),
      places: places.slice(done.places),
      sources: sources.slice(done.sources),
    });
    Object.assign(done, { people: people.length, places: places.length, sources: sources.length });
    for (const [file, markdown] of this.#pending) writeArticle(this.#root, file, markdown);
    this.#pending.clear();
  }

  #newFile(day: string, title: string): string {
    const slug = uniqueSlug(slugFromText(title), (candidate) => this.#files.has(articleFile(day, candidate)));
    return articleFile(day, slug);
  }
}

function unique(ids: string[]): string[] {
  return [...new Set(ids)];
}
