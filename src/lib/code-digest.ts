/**
 * A digest of the code that produces something a build caches (article texts, name and date
 * lists): the cache is dropped whole when that code changes. The code is found, never listed by
 * hand: every module the step's modules import, transitively (import-graph.ts; type-only imports
 * left out, they run nothing), and the version of every npm package that code reaches, with the
 * packages those depend on. A label in `src/i18n/ru.ts` that ends up in a cached text changes it.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { moduleImports } from './import-graph.ts';

/** The code reached from some modules: their files and the packages they use. */
export interface ReachedCode {
  /** Absolute paths of the project's modules, sorted. */
  files: string[];
  /** `name@version` of every package reached, sorted. */
  packages: string[];
}

const LEXED = /\.(?:[cm]?[jt]s)$/;

/** The package a bare specifier names: `yaml`, `@astrojs/markdown-satteri`, `astro` for `astro/zod`. */
export function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

/** Walks the imports from `roots` (files), collecting the modules and the packages they reach. */
export function reachedCode(roots: readonly string[]): ReachedCode {
  const files = new Set<string>();
  const packages = new Map<string, string>();
  const pending = [...roots];
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (files.has(file)) continue;
    if (!existsSync(file)) throw new Error(`${file}: imported, but not found`);
    files.add(file);
    if (!LEXED.test(file)) continue;
    for (const { specifier, typeOnly } of moduleImports(readFileSync(file, 'utf8'), file)) {
      if (typeOnly) continue;
      if (specifier.startsWith('.') || specifier.startsWith('/')) {
        pending.push(resolve(dirname(file), specifier));
        continue;
      }
      // `astro:content` and the like are Astro's own modules.
      const name = specifier.startsWith('astro:') ? 'astro' : packageName(specifier);
      if (!isBuiltin(specifier) && !/^[a-z]+:/.test(name)) addPackage(name, dirname(file), packages);
    }
  }
  return {
    files: [...files].sort(),
    packages: [...packages.values()].sort(),
  };
}

interface PackageJson {
  name: string;
  version: string;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}

/**
 * Adds package `name` as Node finds it from `from` (the nearest `node_modules/<name>` up the
 * folders), and the packages it depends on, to `packages` (keyed by where each is installed).
 */
function addPackage(name: string, from: string, packages: Map<string, string>): void {
  const folder = installedFolder(name, from);
  // A package missing here is an optional one for another platform, or Node's own.
  if (folder === undefined || packages.has(folder)) return;
  const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as PackageJson;
  packages.set(folder, `${manifest.name}@${manifest.version}`);
  const dependencies = { ...manifest.dependencies, ...manifest.optionalDependencies };
  for (const dependency of Object.keys(dependencies)) addPackage(dependency, folder, packages);
}

function installedFolder(name: string, from: string): string | undefined {
  for (let folder = from; ; folder = dirname(folder)) {
    const candidate = join(folder, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return realpathSync(candidate);
    if (dirname(folder) === folder) return undefined;
  }
}

/**
 * SHA-256 over the code reached from the modules `roots` (file URLs): each module's path from
 * its project's folder (the nearest with a package.json, so a checkout elsewhere gives the same
 * digest) and its bytes, and each package's name and version.
 */
export function codeDigest(roots: readonly URL[]): string {
  const paths = roots.map((root) => fileURLToPath(root));
  const reached = reachedCode(paths);
  const projectRoot = projectFolder(dirname(paths[0] ?? '.'));
  const hash = createHash('sha256');
  for (const file of reached.files)
    hash.update(`${relative(projectRoot, file)}\0`).update(readFileSync(file));
  for (const name of reached.packages) hash.update(`${name}\0`);
  return hash.digest('hex');
}

function projectFolder(from: string): string {
  for (let folder = from; ; folder = dirname(folder)) {
    if (existsSync(join(folder, 'package.json')) || dirname(folder) === folder) return folder;
  }
}

/**
 * The installed version of a dependency, read from its package.json next to its entry point
 * (these packages do not export their package.json).
 */
export function packageVersion(name: string): string {
  const entry = fileURLToPath(import.meta.resolve(name));
  const marker = `/node_modules/${name}/`;
  const root = entry.slice(0, entry.lastIndexOf(marker) + marker.length);
  return (JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { version: string }).version;
}
