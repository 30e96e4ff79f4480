import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { listArticleFiles, readArticleFile } from '../../../../src/lib/content/article-file.ts';
import { readTally } from '../../../../src/lib/content/read-tally.ts';
import { TextPool } from '../../../../src/lib/content/text-pool.ts';

const root = mkdtempSync(join(tmpdir(), 'letopis-article-file-'));

function read(text: string | Buffer, file = '2022/05/12-statya.md') {
  mkdirSync(dirname(join(root, file)), { recursive: true });
  writeFileSync(join(root, file), text);
  const texts = TextPool.empty();
  const article = readArticleFile(root, file, texts);
  return { article, body: texts.text(article.body) };
}

describe('readArticleFile', () => {
  test('parses the frontmatter by the article schema and keeps the body and the digest', () => {
    const { article, body } = read(
      '---\ntitle: «Лавров» прибыл\ndate: 2022-05-12\nsource: tass\npeople: [sergey-lavrov]\n---\n\nТекст — статьи.\n',
    );
    expect(article).toMatchObject({
      file: '2022/05/12-statya.md',
      id: '2022/05/12-statya',
      path: join(root, '2022/05/12-statya.md'),
    });
    expect(body).toBe('\nТекст — статьи.\n');
    expect(article.frontmatter.kind).toBe('parsed');
    if (article.frontmatter.kind !== 'parsed') return;
    expect(article.frontmatter.raw).toEqual({
      title: '«Лавров» прибыл',
      date: '2022-05-12',
      source: 'tass',
      people: ['sergey-lavrov'],
    });
    expect(article.frontmatter.result.success && article.frontmatter.result.data).toMatchObject({
      title: '«Лавров» прибыл',
      source: 'tass',
      people: ['sergey-lavrov'],
      places: [],
      draft: false,
    });
  });

  test('the digest is the SHA-1 of the bytes, as the content store and every cache key them', () => {
    const bytes = Buffer.from('---\ntitle: x\n---\nТекст\n');
    expect(read(bytes).article.digest).toBe(createHash('sha1').update(bytes).digest('hex'));
  });

  test('names the line and column of broken YAML, in the words of the yaml package', () => {
    const { article } = read('---\ntitle: Статья\n  date: 2022-05-12\n---\nТекст\n');
    expect(article.frontmatter).toEqual({
      kind: 'invalid',
      message: 'Nested mappings are not allowed in compact mappings at line 1, column 8:',
    });
  });

  test('what js-yaml refuses the yaml package decides: a control character in a title, a YAML bomb', () => {
    const bell = read('---\ntitle: "Заголовок\u0007"\n---\nТекст\n').article.frontmatter;
    expect(bell.kind === 'parsed' && bell.raw).toEqual({ title: 'Заголовок\u0007' });
    const aliases = read('---\na: &a [x, x]\ntitle: *a\n---\nТекст\n').article.frontmatter;
    expect(aliases.kind === 'parsed' && aliases.raw).toEqual({ a: ['x', 'x'], title: ['x', 'x'] });
    const levels = ['a: &a [x,x,x,x,x,x,x,x,x]'];
    for (const [index, name] of ['b', 'c', 'd', 'e', 'f'].entries())
      levels.push(`${name}: &${name} [${Array(9).fill(`*${'abcde'[index]}`).join(',')}]`);
    const bomb = read(`---\n${levels.join('\n')}\n---\nТекст\n`).article.frontmatter;
    expect(bomb.kind === 'invalid' && bomb.message).toMatch(/^Excessive alias count/);
  });

  test('an empty or comment-only frontmatter is an empty one, a file without it has none', () => {
    for (const yaml of ['', '# черновик\n']) {
      const { article } = read(`---\n${yaml}---\nТекст\n`);
      expect(article.frontmatter.kind).toBe('parsed');
      if (article.frontmatter.kind === 'parsed') expect(article.frontmatter.raw).toBeNull();
    }
    expect(read('Текст без шапки\n').article.frontmatter).toEqual({ kind: 'missing' });
  });

  test('counts one read and one parse per call', () => {
    readTally().clear();
    const { article } = read('---\ntitle: x\n---\nТекст\n', '2022/05/13-drugaya.md');
    expect(readTally().get(article.path)).toEqual({ reads: 1, parses: 1 });
    readTally().clear();
  });
});

test('lists article files in path order, leaving out anything under `_`', () => {
  const folder = mkdtempSync(join(tmpdir(), 'letopis-article-list-'));
  for (const file of ['2022/05/12-b.md', '2021/01/01-a.md', '_drafts/x.md', '2022/05/_x.md', '2022/notes.txt']) {
    mkdirSync(dirname(join(folder, file)), { recursive: true });
    writeFileSync(join(folder, file), '');
  }
  expect(listArticleFiles(folder)).toEqual(['2021/01/01-a.md', '2022/05/12-b.md']);
  expect(listArticleFiles(join(folder, 'missing'))).toEqual([]);
});
