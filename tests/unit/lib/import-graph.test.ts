import { describe, expect, test } from 'vitest';
import { importCircles, importGraph } from '../../../src/lib/import-graph.ts';

const graphOf = (sources: Record<string, string>) => importGraph(new Map(Object.entries(sources)));

describe('the import graph', () => {
  test('has the relative imports of every kind, and only those to modules of the graph', () => {
    const graph = graphOf({
      'a/x.ts': [
        "import { y } from './y.ts';",
        "import type { Z } from '../b/z.ts';",
        "export { w } from './w.ts';",
        "const later = () => import('./v.ts');",
        "import { readFileSync } from 'node:fs';",
        "import { elsewhere } from '../outside.ts';",
      ].join('\n'),
      'a/y.ts': 'export const y = 1;',
      'a/w.ts': 'export const w = 1;',
      'a/v.ts': 'export const v = 1;',
      'b/z.ts': 'export type Z = 1;',
    });
    expect(graph.get('a/x.ts')).toEqual(['a/y.ts', 'b/z.ts', 'a/w.ts', 'a/v.ts']);
    expect(graph.get('a/y.ts')).toEqual([]);
  });
});

describe('import circles', () => {
  test('are found through type-only imports and longer paths, each once', () => {
    const graph = graphOf({
      'list-excerpt.ts': "import type { ListedArticle } from './search-lists.ts';",
      'search-lists.ts': "import { MentionIndex } from './list-excerpt.ts';",
      'a.ts': "import { b } from './b.ts';",
      'b.ts': "import { c } from './c.ts';",
      'c.ts': "import { a } from './a.ts';\nimport { d } from './d.ts';",
      'd.ts': 'export const d = 1;',
      'self.ts': "import './self.ts';",
    });
    expect(importCircles(graph)).toEqual(
      expect.arrayContaining([['list-excerpt.ts', 'search-lists.ts'], ['a.ts', 'b.ts', 'c.ts'], ['self.ts']]),
    );
    expect(importCircles(graph)).toHaveLength(3);
  });

  test('are none where imports only go one way', () => {
    const graph = graphOf({
      'a.ts': "import { b } from './b.ts';\nimport { c } from './c.ts';",
      'b.ts': "import { c } from './c.ts';",
      'c.ts': 'export const c = 1;',
    });
    expect(importCircles(graph)).toEqual([]);
  });
});
