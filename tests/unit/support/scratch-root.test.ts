import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { expect, test } from 'vitest';
import setup from '../../support/scratch-root.ts';

test('this run’s temporary folders are made under one folder of the run', () => {
  expect(basename(tmpdir())).toMatch(/^letopis-vitest-/);
});

test('the folder goes, with what was made in it, and TMPDIR is as before', () => {
  const before = process.env['TMPDIR'];
  const teardown = setup();
  const root = tmpdir();
  const made = mkdtempSync(join(tmpdir(), 'letopis-x-'));
  expect(dirname(made)).toBe(root);
  teardown();
  expect(existsSync(root)).toBe(false);
  expect(process.env['TMPDIR']).toBe(before);
});
