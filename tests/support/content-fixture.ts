/**
 * Builds a content root in a temporary folder: the small valid archive in
 * `tests/fixtures/content-valid/`, with one bad-input case from `tests/fixtures/bad/<case>/`
 * laid over it (its files replace or join the valid ones).
 */
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

/** A fresh copy of the valid fixture content, with `badCase` overlaid when given. */
export function makeContent(badCase?: string): string {
  const root = join(mkdtempSync(join(tmpdir(), 'letopis-content-')), 'content');
  cpSync(join(FIXTURES, 'content-valid'), root, { recursive: true });
  if (badCase) cpSync(join(FIXTURES, 'bad', badCase), root, { recursive: true });
  return root;
}
