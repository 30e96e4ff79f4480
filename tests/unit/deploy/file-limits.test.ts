import { expect, test } from 'vitest';
import {
  REDUCE_FILES,
  formatBytes,
  limitWarnings,
  summarizeOutput,
  type OutputFile,
} from '../../../src/lib/deploy/file-limits.ts';

const files = (count: number, bytes = 1_000, folder = ''): OutputFile[] =>
  Array.from({ length: count }, (_, index) => ({ path: `${folder}${index}.html`, bytes }));

test('counts files, bytes and Pagefind files, and finds the largest', () => {
  const summary = summarizeOutput([
    ...files(3),
    ...files(2, 10, 'pagefind/fragment/'),
    { path: 'big.css', bytes: 5_000 },
  ]);
  expect(summary).toEqual({
    files: 6,
    bytes: 8_020,
    pagefindFiles: 2,
    largest: { path: 'big.css', bytes: 5_000 },
  });
});

test('an archive that fits every host gets no warning', () => {
  expect(limitWarnings(summarizeOutput(files(20_000)))).toEqual([]);
});

test('one file past 20,000 warns about the free Cloudflare Pages plan and names the setting that helps', () => {
  const warnings = limitWarnings(
    summarizeOutput([...files(15_000), ...files(5_001, 100, 'pagefind/fragment/')]),
  );
  expect(warnings).toEqual([
    `20001 files exceed Cloudflare Pages (Free plan)'s limit of 20000 (5001 of them are Pagefind's). To reduce: ${REDUCE_FILES}.`,
  ]);
  expect(REDUCE_FILES).toContain('maxFragments');
});

test('past 100,000 files the paid plans are named too', () => {
  expect(limitWarnings(summarizeOutput(files(100_001, 1)))).toHaveLength(2);
});

test('more than 1 GB warns about GitHub Pages; a file over 25 MiB about Cloudflare', () => {
  const warnings = limitWarnings(summarizeOutput([...files(2, 600 * 1024 * 1024)]));
  expect(warnings.some((warning) => warning.startsWith("1.2 GB exceed GitHub Pages's limit of 1.0 GB"))).toBe(
    true,
  );
  expect(
    warnings.some((warning) => warning.startsWith('0.html (600.0 MB) exceeds Cloudflare Pages (Free plan)')),
  ).toBe(true);
});

test.each([
  [512, '512 B'],
  [2_048, '2.0 KB'],
  [5 * 1024 * 1024, '5.0 MB'],
])('formatBytes(%d) → %s', (bytes, expected) => {
  expect(formatBytes(bytes)).toBe(expected);
});
