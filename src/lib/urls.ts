/**
 * Site paths with the deploy base in front. Astro adds `base` to nothing you write, so every
 * internal link goes through `href()`.
 */
import { base } from 'astro:config/client';

export { articlePath } from './article-path.ts';

/** Joins a base (`/` or `/letopis/`) and a site path (`/people/x/`) into one path. */
export function joinBase(base: string, path: string): string {
  const trimmedBase = base.endsWith('/') ? base.slice(0, -1) : base;
  const rooted = path.startsWith('/') ? path : `/${path}`;
  return `${trimmedBase}${rooted}`;
}

/**
 * A site path with this build's base in front. The base is read from the config itself:
 * `import.meta.env.BASE_URL` is overridden by a `BASE_URL` environment variable.
 */
export function href(path: string): string {
  return joinBase(base, path);
}

/** The collections that have a page per entry, and their URL segment. */
export type EntityKind = 'people' | 'places' | 'sources';

/** `/people/sergey-lavrov/`: the page of a person, place or source, without the base. */
export function entityPath(kind: EntityKind, id: string): string {
  return `/${kind}/${id}/`;
}
