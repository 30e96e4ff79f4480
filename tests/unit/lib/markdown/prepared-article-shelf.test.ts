import { describe, expect, it, vi } from 'vitest';
import { preparedArticleShelf } from '../../../../src/lib/markdown/prepared-article-shelf.ts';
import type { ArticleForPage } from '../../../../src/lib/markdown/prepare-article.ts';

const prepared = (digest: string): ArticleForPage => ({
  digest,
  html: '<p>Текст.</p>',
  title: 'Заголовок',
  lead: undefined,
  summary: 'Текст.',
});

describe('preparedArticleShelf', () => {
  it('is one shelf per process, whichever module instance asks', async () => {
    vi.resetModules();
    const again = await import('../../../../src/lib/markdown/prepared-article-shelf.ts');
    expect(again.preparedArticleShelf).not.toBe(preparedArticleShelf);
    expect(again.preparedArticleShelf()).toBe(preparedArticleShelf());
  });

  it('gives an article once, and only when its digest is the file’s', () => {
    const shelf = preparedArticleShelf();
    const before = { ...shelf.counts };
    shelf.put('2022/05/12-a', prepared('new'));
    expect(shelf.take('2022/05/12-a', 'old')).toBeUndefined();
    shelf.put('2022/05/12-b', prepared('same'));
    expect(shelf.peek('2022/05/12-b', 'same')?.title).toBe('Заголовок');
    expect(shelf.take('2022/05/12-b', 'same')?.digest).toBe('same');
    expect(shelf.take('2022/05/12-b', 'same')).toBeUndefined();
    expect(shelf.counts).toEqual({ put: before.put + 2, taken: before.taken + 1, stored: before.stored });
  });

  it('reads what an earlier build prepared from its store, and counts it', () => {
    const shelf = preparedArticleShelf();
    const before = shelf.counts.stored;
    expect(shelf.stored('kept')).toBeUndefined();
    shelf.useStore({ get: (digest: string) => (digest === 'kept' ? prepared('kept') : undefined) } as never);
    expect(shelf.stored('kept')?.digest).toBe('kept');
    expect(shelf.stored('gone')).toBeUndefined();
    expect(shelf.counts.stored).toBe(before + 1);
  });
});
