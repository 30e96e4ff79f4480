/**
 * The site of the `damaged-cache` project: the fixture archive built, then its cache damaged
 * as a full disk or a killed build leaves it — a reused page cut short, the search bundles'
 * metadata and entry files cut short, an index chunk and a fragment garbled, a name list
 * emptied — and built again. Exits non-zero when a build fails or the rebuild does not say what
 * it found; `damaged-cache/*.spec.ts` then checks in Chromium that the site it published works.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { settings } from '../../../src/settings.ts';

/** The reused page cut short in the cache. */
export const DAMAGED_PAGE = 'people/sergey-lavrov/index.html';
/** The name list emptied in the cache. */
export const DAMAGED_LIST = 'people/sergey-lavrov.json';

function build(): string {
  const result = spawnSync('npm', ['run', '--silent', 'build'], { encoding: 'utf8' });
  const log = `${result.stdout}\n${result.stderr}`;
  if (result.status !== 0) throw new Error(`npm run build: exit ${result.status}\n${log.slice(-4000)}`);
  return log;
}

function filesUnder(root: string, pattern: RegExp): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((path) => pattern.test(path))
    .map((path) => join(root, path));
}

function main(): void {
  // The project's own folders (servers.ts), which the builds below read from the environment too.
  const { LETOPIS_OUT_DIR: outDir, LETOPIS_CACHE_DIR: cacheDir } = settings();
  rmSync(outDir, { recursive: true, force: true });
  rmSync(cacheDir, { recursive: true, force: true });
  build();

  const page = join(cacheDir, 'dist', DAMAGED_PAGE);
  truncateSync(page, Math.floor(readFileSync(page).length / 3));
  const search = join(
    cacheDir,
    readdirSync(cacheDir).find((name) => name.startsWith('search-index-v'))!,
  );
  for (const file of filesUnder(join(search, 'bundles'), /\.pf_meta$|pagefind-entry\.json$/))
    truncateSync(file, Math.floor(readFileSync(file).length / 2));
  for (const file of [
    ...filesUnder(join(search, 'bundles'), /\.pf_index$/).slice(0, 1),
    ...filesUnder(join(search, 'bundles'), /\.pf_fragment$/).slice(0, 1),
  ]) {
    const bytes = readFileSync(file);
    bytes.write('garbled!', Math.floor(bytes.length / 2));
    writeFileSync(file, bytes);
  }
  truncateSync(join(search, 'lists', DAMAGED_LIST), 0);

  const log = build();
  for (const said of [
    new RegExp(`1 of \\d+ cached pages did not match the digest.*${DAMAGED_PAGE}`),
    /cached search files did not match the digests .* indexed again; 1 of \d+ name and date lists built again/,
  ])
    if (!said.test(log)) throw new Error(`the rebuild did not say ${String(said)}:\n${log.slice(-4000)}`);
  process.stdout.write('the damaged cache was found and the site built again\n');
}

if (import.meta.main) main();
