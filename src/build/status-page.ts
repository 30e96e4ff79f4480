/**
 * The "not found" page where static hosts look for it. Astro's incremental build reuses only
 * pages whose `getStaticPaths` gave a `cacheKey`, and a status page (`404.astro`) has none, so
 * every rebuild rendered it again; as a dynamic route it has a key, but Astro writes it to
 * `404/index.html`. When the build is done it is moved to `404.html` (GitHub Pages, Netlify,
 * Cloudflare Pages, `astro preview` and the nginx config serve that file for unknown addresses).
 */
import { existsSync, renameSync, rmdirSync } from 'node:fs';
import { join } from 'node:path';

/** The status page's path segment, as the route's one path. */
export const STATUS_PAGE = '404';

/** Moves `<outDir>/404/index.html` to `<outDir>/404.html`; true when there was one to move. */
export function placeStatusPage(outDir: string): boolean {
  const written = join(outDir, STATUS_PAGE, 'index.html');
  if (!existsSync(written)) return false;
  renameSync(written, join(outDir, `${STATUS_PAGE}.html`));
  rmdirSync(join(outDir, STATUS_PAGE));
  return true;
}
