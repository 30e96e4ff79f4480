import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isStringRecord, readCacheJson, writeCacheFile } from '../../../src/lib/cache-file.ts';

describe('cache files', () => {
  it('are read silently when absent or whole, with one warning naming the file when damaged', () => {
    const folder = mkdtempSync(join(tmpdir(), 'letopis-cache-file-'));
    const file = join(folder, 'digests.json');
    const warnings: string[] = [];
    const warn = (line: string) => warnings.push(line);
    expect(readCacheJson(file, 'every bundle is indexed again', warn)).toBeUndefined();
    expect(warnings).toEqual([]);
    writeCacheFile(file, '{"a":"b"}');
    expect(readCacheJson(file, 'every bundle is indexed again', warn, isStringRecord)).toEqual({ a: 'b' });
    for (const damaged of ['', '{"a":"b', '\u0000\u0000\u0000', '{"a":1}']) {
      writeFileSync(file, damaged);
      expect(readCacheJson(file, 'every bundle is indexed again', warn, isStringRecord)).toBeUndefined();
    }
    expect(warnings).toHaveLength(4);
    for (const warning of warnings) {
      expect(warning).not.toContain('\n');
      expect(warning).toMatch(new RegExp(`^${file} is unreadable \\(.+\\): every bundle is indexed again`));
    }
    expect(warnings[0]).toContain('Unexpected end of JSON input');
    expect(warnings[3]).toContain('not the shape this build writes');
  });

  it('are written whole and moved into place, leaving no temporary file', () => {
    const folder = mkdtempSync(join(tmpdir(), 'letopis-cache-file-'));
    const file = join(folder, 'nested', 'manifest.json');
    writeCacheFile(file, '{"v":1}');
    writeCacheFile(file, '{"v":2}');
    expect(readFileSync(file, 'utf8')).toBe('{"v":2}');
    expect(readdirSync(join(folder, 'nested'))).toEqual(['manifest.json']);
  });
});
