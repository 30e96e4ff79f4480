/**
 * What TypeScript modules import, read with es-module-lexer (its asm.js build, which needs no
 * asynchronous start): the imports of one module, for the code digest of a cache
 * (code-digest.ts), and the graph of a folder with the circles in it, for the test that keeps
 * src/search free of them. Type-only imports are marked: they count for circles (ESLint's
 * `import-x/no-cycle` skips them, and list-excerpt.ts ↔ search-lists.ts was one) and not for
 * what code runs.
 */
import { parse } from 'es-module-lexer/js';
import { readFileSync, readdirSync } from 'node:fs';
import { posix, relative, sep } from 'node:path';

/** One import of a module: what it names, and whether only types come through it. */
export interface ModuleImport {
  specifier: string;
  typeOnly: boolean;
}

/**
 * The imports of a module's source `code`: static, re-exporting, and dynamic ones with a
 * literal specifier (`name` is used in a parse error).
 */
export function moduleImports(code: string, name?: string): ModuleImport[] {
  const [imports] = parse(code, name);
  return imports.flatMap((entry) => {
    if (entry.type === 'import-meta' || typeof entry.specifier !== 'string') return [];
    // `import('m').T` in a type is erased; any other dynamic import runs.
    const typeOnly = entry.type === 'dynamic' ? entry.probablyTypeOnly : entry.typeOnly;
    return [{ specifier: entry.specifier, typeOnly }];
  });
}

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
export function importGraph(sources: ReadonlyMap<string, string>): ImportGraph {
  const graph: ImportGraph = new Map();
  for (const [path, code] of sources) {
    const targets = moduleImports(code, path)
      .map((entry) => entry.specifier)
      .filter((specifier) => specifier.startsWith('.'))
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
