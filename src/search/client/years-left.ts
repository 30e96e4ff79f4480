/**
 * The count of a list of articles and, when Pagefind searched part of the archive
 * (shard-search.ts), the button that searches the years left: «Искать ещё в 2001–2021 годах».
 * The search it starts goes shard after shard, saying the count after each.
 */
import type { ShardedSearch } from './shard-search.ts';
import { countStatus, searchLeftLabel, searchingLeftStatus } from './search-status.ts';

export class YearsLeft {
  readonly #button: HTMLButtonElement;
  readonly #say: (text: string) => void;

  /** `say` sets the page's live status. */
  constructor(button: HTMLButtonElement, say: (text: string) => void) {
    this.#button = button;
    this.#say = say;
  }

  /** Says the count of `count` articles (with the years covered) and offers the years left. */
  show(count: number, sharded: ShardedSearch | undefined): void {
    const left = sharded?.left;
    this.#say(countStatus(count, sharded?.covered));
    this.#button.hidden = left === undefined;
    if (left) this.#button.textContent = searchLeftLabel(left);
  }

  hide(): void {
    this.#button.hidden = true;
  }

  /**
   * Searches the years `sharded` left, shard after shard: `onShard` after each (false stops it),
   * the count after each. Resolves with whether every shard was searched.
   */
  async search(sharded: ShardedSearch, onShard: () => boolean): Promise<boolean> {
    const left = sharded.left;
    if (!left) return true;
    this.hide();
    this.#say(searchingLeftStatus(left));
    let going = true;
    await sharded.rest(() => {
      going = onShard();
      if (going) this.#say(countStatus(sharded.articles.length, sharded.covered));
      return going;
    });
    return going;
  }
}
