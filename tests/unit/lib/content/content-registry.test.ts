import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import {
  publishContent,
  publishedArticles,
  publishedContent,
  registeredBody,
  rereadArticleFile,
} from '../../../../src/lib/content/content-registry.ts';
import { readContentFiles } from '../../../../src/lib/content/read-content.ts';
import { makeContent } from '../../../support/content-fixture.ts';

test('keeps what the build read, gives each body by id and digest, and takes a changed file', () => {
  const root = makeContent();
  const files = readContentFiles(root);
  publishContent({ files });
  const [article] = files.articles;
  expect(publishedContent(root)?.files).toBe(files);
  expect(publishedArticles(join(root, 'articles'))).toBe(files.articles);
  expect(publishedArticles(join(root, 'other'))).toBeUndefined();
  expect(registeredBody(article!.id, article!.digest)).toContain('Текст материала.');
  // A body read from another version of the file is not this one.
  expect(registeredBody(article!.id, 'another digest')).toBeUndefined();

  writeFileSync(article!.path, '---\ntitle: Новое\n---\nНовый текст.\n');
  const changed = rereadArticleFile(article!.file);
  expect(changed.digest).not.toBe(article!.digest);
  expect(registeredBody(article!.id, changed.digest)).toContain('Новый текст.');
  expect(registeredBody(article!.id, article!.digest)).toBeUndefined();
});
