/**
 * The pages of merged people and places (`mergedIds`, written by `npm run entities -- merge`)
 * keep working: each old address gets a static page that sends the reader on
 * (src/pages/[...moved].astro) and a permanent redirect in the hosts' own files: `_redirects`
 * (Netlify, Cloudflare Pages), vercel.json and the nginx server block.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { entityPath } from '../entity-path.ts';
import { joinBase } from '../join-base.ts';

/** One old address and the page that replaced it, both without the base. */
export interface MovedPage {
  from: string;
  to: string;
  /** The name of the entry it moved into. */
  name: string;
}

interface Merged {
  id: string;
  name: string;
  mergedIds?: string[] | undefined;
}

/** The old addresses of entries merged into others. */
export function movedPages(people: Iterable<Merged>, places: Iterable<Merged>): MovedPage[] {
  const moves: MovedPage[] = [];
  for (const [kind, entries] of [
    ['people', people],
    ['places', places],
  ] as const)
    for (const entry of entries)
      for (const old of entry.mergedIds ?? [])
        moves.push({ from: entityPath(kind, old), to: entityPath(kind, entry.id), name: entry.name });
  return moves.sort((a, b) => a.from.localeCompare(b.from));
}

/** The moved pages of a content folder, read from its YAML lists (for config files and hooks). */
export function readMovedPages(contentRoot: string): MovedPage[] {
  const list = (name: string): Merged[] => {
    const file = join(contentRoot, `${name}.yaml`);
    if (!existsSync(file)) return [];
    const data: unknown = parseYaml(readFileSync(file, 'utf8'));
    return Array.isArray(data) ? (data as Merged[]).filter((entry) => typeof entry?.id === 'string') : [];
  };
  return movedPages(list('people'), list('places'));
}

/** `_redirects` for Netlify and Cloudflare Pages: `/people/old/ /people/new/ 301`, also without the slash. */
export function renderRedirectsFile(moves: readonly MovedPage[], base: string): string {
  return moves
    .flatMap(({ from, to }) => {
      const [source, target] = [joinBase(base, from), joinBase(base, to)];
      return [`${source} ${target} 301`, `${source.slice(0, -1)} ${target} 301`];
    })
    .map((line) => `${line}\n`)
    .join('');
}

/** vercel.json `redirects`. */
export function vercelRedirects(
  moves: readonly MovedPage[],
): { source: string; destination: string; permanent: true }[] {
  return moves.map(({ from, to }) => ({
    source: `${from.slice(0, -1)}{/}?`,
    destination: to,
    permanent: true,
  }));
}

/** nginx `location` blocks, one per old address, with and without the slash. */
export function nginxRedirects(moves: readonly MovedPage[], base: string): string[] {
  return moves.flatMap(({ from, to }) => [
    `    location ~ ^${joinBase(base, from).slice(0, -1).replace(/[.-]/g, '\\$&')}/?$ {`,
    `        return 301 ${joinBase(base, to)};`,
    '    }',
  ]);
}
