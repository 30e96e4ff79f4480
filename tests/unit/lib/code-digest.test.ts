import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { codeDigest, packageName, reachedCode } from '../../../src/lib/code-digest.ts';

/** A folder with `files` (path → text) written into it. */
function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'letopis-code-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const pkg = (name: string, version: string, dependencies: Record<string, string> = {}) =>
  JSON.stringify({ name, version, dependencies });

const files = {
  'package.json': pkg('project', '1.0.0'),
  'src/step.ts': [
    "import { a } from './a.ts';",
    "import type { T } from './types.ts';",
    "export { b } from './lib/b.ts';",
    "import { readFileSync } from 'node:fs';",
    "import { z } from 'astro/zod';",
    "import { getCollection } from 'astro:content';",
    "const later = () => import('./later.ts');",
  ].join('\n'),
  'src/a.ts': "import { parse } from 'yaml';\nexport const a = parse('a: 1');",
  'src/types.ts': 'export type T = 1;',
  'src/lib/b.ts': "import { a } from '../a.ts';\nexport const b = a;",
  'src/later.ts': "import labels from './labels.json' with { type: 'json' };\nexport default labels;",
  'src/labels.json': '{ "footnotes": "Примечания" }',
  'node_modules/yaml/package.json': pkg('yaml', '2.9.1'),
  'node_modules/astro/package.json': pkg('astro', '7.3.5', { zod: '^4', 'not-installed': '1' }),
  'node_modules/zod/package.json': pkg('zod', '4.6.7'),
};

describe('reachedCode', () => {
  test('follows runtime imports of every kind, not type-only ones, and the packages they reach', () => {
    const root = tree(files);
    const reached = reachedCode([join(root, 'src/step.ts')]);
    expect(reached.files.map((file) => file.slice(root.length + 1))).toEqual([
      'src/a.ts',
      'src/labels.json',
      'src/later.ts',
      'src/lib/b.ts',
      'src/step.ts',
    ]);
    // astro for `astro/zod` and `astro:content`, zod as astro's dependency.
    expect(reached.packages).toEqual(['astro@7.3.5', 'yaml@2.9.1', 'zod@4.6.7']);
  });

  test('fails on an import of a module that is not there', () => {
    const root = tree({ 'src/step.ts': "import { gone } from './gone.ts';" });
    expect(() => reachedCode([join(root, 'src/step.ts')])).toThrow(/gone\.ts: imported, but not found/);
  });
});

describe('codeDigest', () => {
  const digestAfter = (change: Record<string, string>) => {
    const root = tree({ ...files, ...change });
    return codeDigest([pathToFileURL(join(root, 'src/step.ts'))]);
  };
  const before = digestAfter({});

  test('is the same for the same code in another folder', () => {
    expect(digestAfter({})).toBe(before);
  });

  test('changes with a module reached through others, a data file, or a package version', () => {
    expect(digestAfter({ 'src/lib/b.ts': "import { a } from '../a.ts';\nexport const b = a + 1;" })).not.toBe(
      before,
    );
    expect(digestAfter({ 'src/labels.json': '{ "footnotes": "Сноски" }' })).not.toBe(before);
    expect(digestAfter({ 'node_modules/zod/package.json': pkg('zod', '4.6.8') })).not.toBe(before);
  });

  test('stays when only a type-only import or an unreached module changes', () => {
    expect(digestAfter({ 'src/types.ts': 'export type T = 2;' })).toBe(before);
    expect(digestAfter({ 'src/unused.ts': 'export const u = 1;' })).toBe(before);
  });
});

test('a package is named by its first part, or two for a scope', () => {
  expect(packageName('astro/zod')).toBe('astro');
  expect(packageName('@astrojs/markdown-satteri')).toBe('@astrojs/markdown-satteri');
  expect(packageName('@astrojs/markdown-satteri/x')).toBe('@astrojs/markdown-satteri');
});
