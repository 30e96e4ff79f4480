/**
 * A digest of the code that produces something a build caches (article texts, content
 * checks): the caches are dropped whole when that code, or a package it relies on, changes.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

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

/** SHA-256 over the source of `modules` (file URLs) and the versions of `packages`. */
export function codeDigest(modules: readonly URL[], packages: readonly string[] = []): string {
  const hash = createHash('sha256');
  for (const module of modules) hash.update(readFileSync(fileURLToPath(module)));
  for (const name of packages) hash.update(`${name}@${packageVersion(name)}`);
  return hash.digest('hex');
}
