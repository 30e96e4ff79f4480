import { cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import {
  appendEntities,
  ContentError,
  readContent,
  writeArticle,
} from '../../../src/lib/editorial/content-store.ts';
import { FIXTURES } from '../../support/content-fixture.ts';

function copy(): string {
  const root = join(mkdtempSync(join(tmpdir(), 'letopis-store-')), 'content');
  cpSync(join(FIXTURES, 'content-valid'), root, { recursive: true });
  return root;
}

test('reads entity lists and the keys of existing articles', () => {
  const snapshot = readContent(copy());
  expect(snapshot.people.length).toBeGreaterThan(0);
  expect(snapshot.articles[0]).toMatchObject({ file: '2022/05/12-valid-article.md', day: '2022-05-12' });
});

test('refuses a folder that is not a content folder', () => {
  expect(() => readContent(join(tmpdir(), 'no-such-content'))).toThrow(ContentError);
});

test('appends entries and keeps the comments and layout of the list', () => {
  const root = copy();
  const before = readFileSync(join(root, 'people.yaml'), 'utf8');
  appendEntities(root, {
    people: [
      { id: 'mariya-zakharova', name: 'Мария Захарова', nameLatin: 'Mariya Zakharova', description: 'x' },
    ],
    places: [],
    sources: [],
  });
  const after = readFileSync(join(root, 'people.yaml'), 'utf8');
  expect(after.startsWith(before)).toBe(true);
  expect((parseYaml(after) as unknown[]).at(-1)).toEqual({
    id: 'mariya-zakharova',
    name: 'Мария Захарова',
    nameLatin: 'Mariya Zakharova',
    description: 'x',
  });
});

test('writes an article into its dated folder and leaves no temporary file', () => {
  const root = copy();
  writeArticle(root, '2023/01/02-novoe.md', '---\ntitle: x\n---\n');
  expect(readdirSync(join(root, 'articles', '2023', '01'))).toEqual(['02-novoe.md']);
  expect(
    readdirSync(root).filter((name) => !/^(articles|people\.yaml|places\.yaml|sources\.yaml)$/.test(name)),
  ).toEqual([]);
});
