import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { placeStatusPage } from '../../../src/build/status-page.ts';

const root = mkdtempSync(join(tmpdir(), 'letopis-status-page-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

test('the "not found" page Astro wrote to 404/index.html ends up at 404.html, and only there', () => {
  mkdirSync(join(root, '404'));
  writeFileSync(join(root, '404', 'index.html'), '<h1>Страница не найдена</h1>');
  expect(placeStatusPage(root)).toBe(true);
  expect(readFileSync(join(root, '404.html'), 'utf8')).toBe('<h1>Страница не найдена</h1>');
  expect(existsSync(join(root, '404'))).toBe(false);
  // A build without it (or run twice) leaves the output alone.
  expect(placeStatusPage(root)).toBe(false);
  expect(existsSync(join(root, '404.html'))).toBe(true);
});
