/**
 * Absolute addresses for feeds, sitemaps, canonical links and structured data. Astro adds
 * neither `site` nor `base` to what we write, so every absolute URL is built here.
 */
import { joinBase } from '../urls.ts';

/** `http://host/base/people/x/` from a site path (`/people/x/`), the site and the base. */
export function absoluteUrl(path: string, site: URL | string, base: string): string {
  return new URL(joinBase(base, path), site).href;
}

/** The same, with this build's `site` and `base`. */
export function siteUrl(path: string): string {
  const site = import.meta.env.SITE;
  if (!site) throw new Error('astro.config.mjs has no `site`: set SITE_URL to the public address of the archive');
  return absoluteUrl(path, site, import.meta.env.BASE_URL);
}
