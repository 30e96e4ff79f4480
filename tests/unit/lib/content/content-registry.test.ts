import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import {
  publishContent,
  registeredBody,
  rereadArticleFile,
  takeArticles,
  takeContent,
} from '../../../../src/lib/content/content-registry.ts';
import { readContentFiles } from '../../../../src/lib/content/read-content.ts';
import { checkContent } from '../../../../src/lib/validation/validate-content.ts';
import { makeContent } from '../../../support/content-fixture.ts';

test('gives the content and the files once each, and the bodies to anyone', () => {
  const root = makeContent();
  const files = readContentFiles(root);
  const { content } = checkContent(files, root);
  publishContent({ files, content });
  const articles = join(root, 'articles');
  expect(takeContent(join(root, 'other'))).toBeUndefined();
  expect(takeContent(articles)).toBe(content);
  expect(takeContent(articles)).toBeUndefined();
  expect(takeArticles(articles)).toBe(files.articles);
  expect(takeArticles(articles)).toBeUndefined();
  const [article] = files.articles;
  expect(registeredBody(article!.id, article!.digest)).toContain('Текст материала.');
  // A body read from another version of the file is not this one.
  expect(registeredBody(article!.id, 'another digest')).toBeUndefined();
});

test('takes a file that changed in place of the old one', () => {
  const root = makeContent();
  const files = readContentFiles(root);
  publishContent({ files });
  const [article] = files.articles;
  writeFileSync(article!.path, '---\ntitle: Новое\n---\nНовый текст.\n');
  const changed = rereadArticleFile(article!.file);
  expect(changed.digest).not.toBe(article!.digest);
  expect(registeredBody(article!.id, changed.digest)).toContain('Новый текст.');
  expect(registeredBody(article!.id, article!.digest)).toBeUndefined();
});
