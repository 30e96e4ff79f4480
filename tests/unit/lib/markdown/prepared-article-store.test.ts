import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PreparedArticleStore } from '../../../../src/lib/markdown/prepared-article-store.ts';

const root = mkdtempSync(join(tmpdir(), 'letopis-prepared-store-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const article = (digest: string) => ({
  digest,
  html: `<p>«Текст» ${digest}</p>`,
  title: 'Лавров прибыл в Баку',
  lead: undefined,
  summary: '«Текст»',
});

describe('PreparedArticleStore', () => {
  it('keeps an article by its file digest, whole', () => {
    const store = new PreparedArticleStore(join(root, 'a', 'code1'));
    expect(store.get('d1')).toBeUndefined();
    expect(store.has('d1')).toBe(false);
    store.put(article('d1'));
    expect(store.has('d1')).toBe(true);
    expect(store.get('d1')).toEqual({ ...article('d1'), lead: undefined });
    // No temporary file is left beside it.
    expect(readdirSync(store.folder)).toEqual(['d1.json']);
  });

  it('gives nothing for a file that is not a whole article of that digest, and counts it', () => {
    const store = new PreparedArticleStore(join(root, 'b', 'code1'));
    mkdirSync(store.folder, { recursive: true });
    writeFileSync(join(store.folder, 'half.json'), '{"digest": "half", "html": "<p>');
    writeFileSync(join(store.folder, 'other.json'), JSON.stringify(article('d9')));
    expect(store.get('half')).toBeUndefined();
    expect(store.get('other')).toBeUndefined();
    expect(store.damaged).toBe(2);
  });

  it('gives nothing for a file garbled in place that still parses', () => {
    const store = new PreparedArticleStore(join(root, 'g', 'code1'));
    store.put(article('d1'));
    const file = join(store.folder, 'd1.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('Баку', 'Бакy'));
    expect(store.get('d1')).toBeUndefined();
    expect(store.damaged).toBe(1);
  });

  it('drops the articles of files gone and the folders of other code', () => {
    const old = new PreparedArticleStore(join(root, 'c', 'code0'));
    old.put(article('d1'));
    const store = new PreparedArticleStore(join(root, 'c', 'code1'));
    for (const digest of ['d1', 'd2', 'd3']) store.put(article(digest));
    expect(store.keepOnly(new Set(['d1', 'd3']))).toBe(1);
    expect(readdirSync(store.folder).sort()).toEqual(['d1.json', 'd3.json']);
    expect(existsSync(old.folder)).toBe(false);
  });
});
