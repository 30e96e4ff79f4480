/**
 * Site paths with the deploy base in front. Astro adds `base` to nothing you write, so every
 * internal link goes through `href()`.
 */
import { base } from 'astro:config/client';
import { joinBase } from './join-base.ts';

export { articlePath } from './article-path.ts';
export { entityPath, type EntityKind } from './entity-path.ts';
export { joinBase };

/**
 * A site path with this build's base in front. The base is read from the config itself:
 * `import.meta.env.BASE_URL` is overridden by a `BASE_URL` environment variable.
 */
export function href(path: string): string {
  return joinBase(base, path);
}
