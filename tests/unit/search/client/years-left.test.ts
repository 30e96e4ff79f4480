import { describe, expect, test } from 'vitest';
import { YearsLeft } from '../../../../src/search/client/years-left.ts';
import type { ShardedSearch } from '../../../../src/search/client/shard-search.ts';

/** A search that has covered 2022–2025 and has two shards left, each adding three articles. */
function partialSearch() {
  const periods = [
    { covered: ['2022', '2025'], left: ['2001', '2021'] },
    { covered: ['2012', '2025'], left: ['2001', '2011'] },
    { covered: undefined, left: undefined },
  ];
  let step = 0;
  const articles = Array.from({ length: 14 }, (_, at) => ({ id: String(at) }));
  return {
    articles,
    get covered() {
      return periods[step]!.covered;
    },
    get left() {
      return periods[step]!.left;
    },
    async rest(onShard: () => boolean) {
      while (periods[step]!.left) {
        await Promise.resolve();
        step += 1;
        articles.push(...Array.from({ length: 3 }, (_, at) => ({ id: `${step}-${at}` })));
        if (!onShard()) return;
      }
    },
  } as unknown as ShardedSearch;
}

describe('YearsLeft', () => {
  test('says the count with the years covered, and offers the years left', () => {
    const said: string[] = [];
    const button = { hidden: true, textContent: '' } as HTMLButtonElement;
    new YearsLeft(button, (text) => said.push(text)).show(14, partialSearch());
    expect(said).toEqual(['Найдено 14\u00a0материалов за 2022–2025 годы']);
    expect(button).toMatchObject({ hidden: false, textContent: 'Искать ещё в 2001–2021 годах' });
  });

  test('searches the years left shard after shard, the count after each; the button goes', async () => {
    const said: string[] = [];
    const button = { hidden: false, textContent: '' } as HTMLButtonElement;
    const search = partialSearch();
    expect(await new YearsLeft(button, (text) => said.push(text)).search(search, () => true)).toBe(true);
    expect(said).toEqual([
      'Ищем в 2001–2021 годах…',
      'Найдено 17\u00a0материалов за 2012–2025 годы',
      'Найдено 20\u00a0материалов',
    ]);
    expect(button.hidden).toBe(true);
  });

  test('stops when told (a newer search is shown) and says so', async () => {
    const said: string[] = [];
    const button = { hidden: false, textContent: '' } as HTMLButtonElement;
    expect(await new YearsLeft(button, (text) => said.push(text)).search(partialSearch(), () => false)).toBe(
      false,
    );
    expect(said).toEqual(['Ищем в 2001–2021 годах…']);
  });
});
