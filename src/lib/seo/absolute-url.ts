/**
 * Absolute addresses for feeds, sitemaps, canonical links and structured data. Astro adds
 * neither `site` nor `base` to what we write, so every absolute URL is built here.
 * `site` and `base` come from the config itself (`astro:config/client`): `import.meta.env.SITE`
 * and `BASE_URL` can be overridden by same-named environment variables.
 */
import { base, site } from 'astro:config/client';
import { joinBase } from '../urls.ts';

/** `http://host/base/people/x/` from a site path (`/people/x/`), the site and the base. */
export function absoluteUrl(path: string, siteAddress: URL | string, basePath: string): string {
  return new URL(joinBase(basePath, path), siteAddress).href;
}

/** The same, with this build's `site` and `base`. */
export function siteUrl(path: string): string {
  if (!site)
    throw new Error('astro.config.mjs has no `site`: set SITE_URL to the public address of the archive');
  return absoluteUrl(path, site, base);
}
