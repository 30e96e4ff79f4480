import { mkdirSync, mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { changedFiles, folderDigests, loadHasher } from '../../../src/lib/file-digest.ts';

const hasher = await loadHasher();

function folder(): string {
  const root = mkdtempSync(join(tmpdir(), 'letopis-digest-'));
  mkdirSync(join(root, 'fragment'));
  writeFileSync(join(root, 'pagefind-entry.json'), '{"version":"1.6.0"}');
  writeFileSync(join(root, 'fragment', 'ru_1.pf_fragment'), Buffer.from([0x1f, 0x8b, 8, 0, 1, 2, 3]));
  return root;
}

describe('file digests', () => {
  it('are the same for the bytes written and the file read back, a string as UTF-8', () => {
    const root = folder();
    const text = 'Лавров прибыл в «Душанбе»';
    writeFileSync(join(root, 'page.html'), text);
    const digest = hasher.digest(text);
    expect(digest).toMatch(/^\d+:[0-9a-f]{16}$/);
    expect(digest.split(':')[0]).toBe(String(Buffer.byteLength(text)));
    expect(hasher.fileDigest(join(root, 'page.html'))).toBe(digest);
    expect(hasher.digest(Buffer.from(text))).toBe(digest);
    expect(hasher.matches(join(root, 'page.html'), digest)).toBe(true);
    expect(hasher.fileDigest(join(root, 'missing.html'))).toBeUndefined();
  });

  it('tell a file cut short, garbled at the same size or gone from the one written', () => {
    const root = folder();
    const page = join(root, 'page.html');
    writeFileSync(page, '<html><body>Текст статьи</body></html>');
    const digest = hasher.fileDigest(page)!;
    truncateSync(page, 10);
    expect(hasher.matches(page, digest)).toBe(false);
    writeFileSync(page, '<html><body>Текст статьи</body></html>'.replace('Т', 'Ф'));
    expect(hasher.fileDigest(page)!.split(':')[0]).toBe(digest.split(':')[0]);
    expect(hasher.matches(page, digest)).toBe(false);
    expect(hasher.matches(join(root, 'gone.html'), digest)).toBe(false);
    expect(hasher.matches(page, 'not a digest')).toBe(false);
  });

  it('list the files of a folder that differ from a record: changed, missing, or not recorded', () => {
    const root = folder();
    const recorded = folderDigests(hasher, root);
    expect(Object.keys(recorded).sort()).toEqual(['fragment/ru_1.pf_fragment', 'pagefind-entry.json']);
    expect(changedFiles(hasher, root, recorded)).toEqual([]);
    writeFileSync(join(root, 'pagefind-entry.json'), '{"version":"1.6.1"}');
    writeFileSync(join(root, 'fragment', 'ru_2.pf_fragment'), 'stray');
    expect(changedFiles(hasher, root, recorded).sort()).toEqual([
      'fragment/ru_2.pf_fragment',
      'pagefind-entry.json',
    ]);
    expect(changedFiles(hasher, join(root, 'gone'), recorded).sort()).toEqual(Object.keys(recorded).sort());
  });
});
