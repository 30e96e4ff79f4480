/**
 * Where the search page's answers come from, all under the site's base: the name table
 * (name-directory.ts), the name and date lists (list-files.ts), the word directory of the year
 * shards (word-shards.ts) and Pagefind (find-results.ts). One object, so the page and the
 * correction of a misspelt query (spelling-answer.ts) ask the same files, each fetched once.
 */
import { fromLists, fromPagefind, type Found } from './find-results.ts';
import { listPlan, type ListPlan } from './list-answer.ts';
import { ListFiles } from './list-files.ts';
import { NameDirectory } from './name-directory.ts';
import { shardManifest } from './pagefind-api.ts';
import type { UnderstoodQuery } from './query.ts';
import type { SpellingSources } from './spelling-answer.ts';
import type { SearchState } from './url-state.ts';
import { WordShards } from './word-shards.ts';

export class SearchSources implements SpellingSources {
  /** The site's base, ending in `/`. */
  readonly base: string;
  readonly names: NameDirectory;
  readonly listFiles: ListFiles;
  readonly words: WordShards;

  /** `nameBuckets`: the name table buckets the build wrote (no other is asked for). */
  constructor(base: string, nameBuckets: Iterable<string>) {
    this.base = base.endsWith('/') ? base : `${base}/`;
    this.names = new NameDirectory(this.base, nameBuckets);
    this.listFiles = new ListFiles(this.base);
    this.words = new WordShards(this.base);
  }

  /** The answer of the lists of `plan`, or `undefined` when one of them is too long to list. */
  lists(
    plan: ListPlan,
    state: SearchState,
    understood: UnderstoodQuery | undefined,
  ): Promise<Found | undefined> {
    return fromLists(this.base, this.listFiles, plan, state, understood);
  }

  /** Pagefind's answer; `undefined` once `overtaken()` says a newer search has started. */
  pagefind(
    state: SearchState,
    understood: UnderstoodQuery | undefined,
    overtaken: () => boolean = () => false,
  ): Promise<Found | undefined> {
    return fromPagefind(this.base, this.words, state, understood, overtaken);
  }

  /** The answer of the lists when they give one, else Pagefind's. */
  async answer(state: SearchState, understood: UnderstoodQuery): Promise<Found | undefined> {
    const plan = listPlan(state, understood);
    return (plan && (await this.lists(plan, state, understood))) ?? this.pagefind(state, understood);
  }

  /** Whether a word being typed begins too many words to look up («со»): its search waits. */
  typingBroad(q: string): Promise<boolean> {
    return this.words.typingBroad(q, shardManifest(this.base));
  }
}
