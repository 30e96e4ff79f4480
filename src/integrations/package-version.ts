/**
 * The installed version of a dependency, read from its package.json next to its entry point
 * (these packages do not export their package.json): caches of their output are keyed by it.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** `1.6.0` for `pagefind`; `name` must resolve from this project and keep its entry in `<pkg>/lib` or `<pkg>/dist`. */
export function packageVersion(name: string): string {
  const entry = fileURLToPath(import.meta.resolve(name));
  const root = entry.slice(0, entry.lastIndexOf(`/node_modules/${name}/`) + `/node_modules/${name}/`.length);
  const manifest = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { version: string };
  return manifest.version;
}
