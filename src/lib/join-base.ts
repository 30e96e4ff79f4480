/**
 * Joining a deploy base and a site path, with no dependency on Astro's virtual modules, so
 * astro.config.mjs, the build integrations and the deploy scripts can use it too.
 */

/** Joins a base (`/` or `/letopis/`) and a site path (`/people/x/`) into one path. */
export function joinBase(base: string, path: string): string {
  const trimmedBase = base.endsWith('/') ? base.slice(0, -1) : base;
  const rooted = path.startsWith('/') ? path : `/${path}`;
  return `${trimmedBase}${rooted}`;
}
