import { gunzipSync, gzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { compressedSize, formatKB, totalSize } from '../../../scripts/quality/sizes.ts';

test('counts bytes, not characters, and compresses repetitive text well', () => {
  const text = 'Летопись '.repeat(500);
  const size = compressedSize(text);
  expect(size.raw).toBe(Buffer.byteLength(text));
  expect(size.gzip).toBeLessThan(size.raw / 10);
  expect(size.brotli).toBeLessThan(size.raw / 10);
  expect(gunzipSync(gzipSync(text, { level: 9 })).toString()).toBe(text);
});

test('adds sizes up and prints kilobytes', () => {
  const total = totalSize([
    { raw: 1000, gzip: 400, brotli: 300 },
    { raw: 24, gzip: 624, brotli: 1 },
  ]);
  expect(total).toEqual({ raw: 1024, gzip: 1024, brotli: 301 });
  expect(formatKB(20 * 1024)).toBe('20.0 KB');
  expect(formatKB(1536)).toBe('1.5 KB');
});
