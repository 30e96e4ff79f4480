import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { parseMarkdown, plainText } from '../../src/lib/markdown/parse.ts';
import { parse as parseYaml } from 'yaml';

const ROOT = join(import.meta.dirname, '..', '..');
const SEED = readFileSync(join(ROOT, 'tests/fixtures/seed/000_5b4f1590329be00c.txt'), 'utf8');
const ARTICLE = readFileSync(
  join(
    ROOT,
    'content/articles/2022/05/12-glavy-mid-azerbaydzhana-i-rf-obsudili-voprosy-normalizatsii-otnosheniy.md',
  ),
  'utf8',
);

test('the seed article keeps the TASS wording and paragraphs exactly', () => {
  const [title, ...rest] = SEED.split('\n');
  const seedParagraphs = rest
    .join('\n')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  const { frontmatter, body } = parseMarkdown(ARTICLE);
  expect((parseYaml(frontmatter ?? '') as { title?: unknown }).title).toBe(title?.trim());
  expect(plainText(body).split('\n\n')).toEqual(seedParagraphs);
  expect(seedParagraphs).toHaveLength(5);
});

test('the seed article has no invented original URL', () => {
  const { frontmatter } = parseMarkdown(ARTICLE);
  expect(parseYaml(frontmatter ?? '')).not.toHaveProperty('sourceUrl');
});
