/**
 * The import graph of a folder's TypeScript modules and the circles in it, for the test that
 * keeps src/search free of them. Read with es-module-lexer, so type-only imports count too:
 * ESLint's `import-x/no-cycle` skips them, and the circle this test was written against
 * (list-excerpt.ts ↔ search-lists.ts) was one.
 */
import { init, parse } from 'es-module-lexer';
import { readFileSync, readdirSync } from 'node:fs';
import { posix, relative, sep } from 'node:path';

/** Each module's imports of other modules of the graph, by `/`-separated path. */
export type ImportGraph = Map<string, string[]>;

/** The `.ts` files under `folder`, by `/`-separated path relative to `root`, with their source. */
export function readSources(folder: string, root: string): Map<string, string> {
  const files = readdirSync(folder, { recursive: true, withFileTypes: true }).filter(
    (entry) => entry.isFile() && entry.name.endsWith('.ts'),
  );
  return new Map(
    files.map((entry) => {
      const path = `${entry.parentPath}/${entry.name}`;
      return [relative(root, path).split(sep).join('/'), readFileSync(path, 'utf8')];
    }),
  );
}

/**
 * The graph of `sources` (path → code): static, dynamic and re-exporting imports with a
 * relative specifier that names another of the sources, type-only ones included.
 */
export async function importGraph(sources: ReadonlyMap<string, string>): Promise<ImportGraph> {
  await init();
  const graph: ImportGraph = new Map();
  for (const [path, code] of sources) {
    const [imports] = parse(code, path);
    const targets = imports
      .map((entry) => entry.specifier)
      .filter((specifier): specifier is string => typeof specifier === 'string' && specifier.startsWith('.'))
      .map((specifier) => posix.join(posix.dirname(path), specifier))
      .filter((target) => sources.has(target));
    graph.set(path, [...new Set(targets)]);
  }
  return graph;
}

/**
 * The circles of a graph: each set of modules that import one another, directly or through
 * each other (a strongly connected component of two or more, or a module importing itself),
 * its paths sorted.
 */
export function importCircles(graph: ImportGraph): string[][] {
  // Tarjan's algorithm: one depth-first walk, each module's lowest reachable index.
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const circles: string[][] = [];
  const visit = (module: string) => {
    index.set(module, index.size);
    low.set(module, index.get(module)!);
    stack.push(module);
    onStack.add(module);
    for (const target of graph.get(module) ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(module, Math.min(low.get(module)!, low.get(target)!));
      } else if (onStack.has(target)) low.set(module, Math.min(low.get(module)!, index.get(target)!));
    }
    if (low.get(module) !== index.get(module)) return;
    const members: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      members.push(member);
    } while (member !== module);
    if (members.length > 1 || graph.get(module)?.includes(module)) circles.push(members.sort());
  };
  for (const module of graph.keys()) if (!index.has(module)) visit(module);
  return circles;
}
