import { cpSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { checkArticleInput } from '../../../src/lib/editorial/article-input.ts';
import { readContent } from '../../../src/lib/editorial/content-store.ts';
import { ArticleImporter } from '../../../src/lib/editorial/importer.ts';
import { validateContent } from '../../../src/lib/validation/validate-content.ts';
import { FIXTURES } from '../../support/content-fixture.ts';

function content(): string {
  const root = join(mkdtempSync(join(tmpdir(), 'letopis-importer-')), 'content');
  cpSync(join(FIXTURES, 'content-valid'), root, { recursive: true });
  return root;
}

function input(record: Record<string, unknown>) {
  const checked = checkArticleInput({ date: '2023-03-01', source: 'tass', text: 'Текст.', ...record });
  if (!checked.ok) throw new Error(checked.reasons.join('; '));
  return checked;
}

test('queues articles and writes them, entity lists first, only on flush', () => {
  const root = content();
  const importer = new ArticleImporter(root, readContent(root));
  const { article, cleanup } = input({
    title: 'Новое назначение',
    people: ['Анна Новикова'],
    url: 'https://tass.ru/1',
  });
  // Vitest types its asymmetric matchers `any`; `as unknown` keeps that out of typed code.
  expect(importer.add(article, cleanup)).toMatchObject({
    kind: 'added',
    file: '2023/03/01-novoe-naznachenie.md',
    names: expect.arrayContaining([
      { kind: 'people', name: 'Анна Новикова', id: 'anna-novikova', created: true, how: 'new' },
    ]) as unknown,
  });
  expect(readdirSync(join(root, 'articles'))).toEqual(['2022']);
  importer.flush();
  expect(readFileSync(join(root, 'articles/2023/03/01-novoe-naznachenie.md'), 'utf8')).toContain(
    'people:\n  - anna-novikova\n',
  );
  expect(validateContent(root).problems).toEqual([]);
});

test('a repeat is skipped; with update an equal article is unchanged and a changed one replaced', () => {
  const root = content();
  const first = new ArticleImporter(root, readContent(root));
  const line = input({ title: 'Повтор', url: 'https://tass.ru/2' });
  first.add(line.article, line.cleanup);
  expect(first.add(line.article, line.cleanup)).toMatchObject({
    kind: 'skipped',
    reason: expect.stringContaining('repeats an earlier line of this import (same source URL)') as unknown,
  });
  first.flush();
  const updating = new ArticleImporter(root, readContent(root), { update: true });
  expect(updating.add(line.article, line.cleanup)).toMatchObject({ kind: 'unchanged' });
  const changed = input({ title: 'Повтор', url: 'https://tass.ru/2', text: 'Другой текст.' });
  const again = new ArticleImporter(root, readContent(root), { update: true });
  expect(again.add(changed.article, changed.cleanup)).toMatchObject({
    kind: 'updated',
    file: '2023/03/01-povtor.md',
  });
  again.flush();
  expect(readFileSync(join(root, 'articles/2023/03/01-povtor.md'), 'utf8')).toContain('Другой текст.');
});

test('an unknown source without a URL fails and adds nothing', () => {
  const root = content();
  const importer = new ArticleImporter(root, readContent(root));
  const { article, cleanup } = input({
    title: 'Без источника',
    source: 'Неизвестное агентство',
    people: ['Пётр Новый'],
  });
  expect(importer.add(article, cleanup)).toMatchObject({
    kind: 'failed',
    reasons: [expect.stringContaining('unknown source "Неизвестное агентство"')],
  });
  expect(importer.created).toEqual({ people: [], places: [], sources: [] });
});
