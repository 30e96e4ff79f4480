/**
 * Where the site is deployed: `SITE_URL` (the origin, e.g. `https://example.github.io`) and
 * `BASE_PATH` (the folder it lives under, e.g. `/letopis/`), checked and brought into one form.
 * The variables are read by src/settings.ts, so moving the site to another host needs no code
 * edit.
 */

/** The URL used when `SITE_URL` is not set: `astro preview`'s own address. */
export const DEFAULT_SITE_URL = 'http://localhost:4321';

/**
 * `BASE_PATH` in the one form the rest of the code expects: `/` or `/a/b/` (leading and
 * trailing slash, no doubled slashes). `letopis`, `/letopis` and `/letopis/` are the same base.
 */
export function normalizeBasePath(raw: string | undefined): string {
  const value = (raw ?? '').trim();
  if (/^[a-z][a-z0-9+.-]*:/i.test(value) || value.startsWith('//')) {
    throw new Error(
      `BASE_PATH "${value}" is a URL. Fix: put the origin in SITE_URL and only the path (e.g. /letopis/) in BASE_PATH`,
    );
  }
  const segments = value.split('/').filter((segment) => segment !== '');
  const bad = segments.find(
    (segment) => segment === '.' || segment === '..' || !/^[A-Za-z0-9._~-]+$/.test(segment),
  );
  if (bad !== undefined) {
    throw new Error(
      `BASE_PATH "${value}": segment "${bad}" is not allowed. Fix: use ASCII letters, digits, "-", "_", "." and "~" only, e.g. /letopis/`,
    );
  }
  return segments.length === 0 ? '/' : `/${segments.join('/')}/`;
}

/**
 * `SITE_URL` as an origin without a trailing slash. A path in it would be silently dropped
 * from every link Astro builds, so it is refused with a pointer to `BASE_PATH`.
 */
export function normalizeSiteUrl(raw: string | undefined): string {
  const value = (raw ?? '').trim() || DEFAULT_SITE_URL;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`SITE_URL "${value}" is not an absolute URL. Fix: set it like https://example.org`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`SITE_URL "${value}" must start with https:// or http://`);
  }
  if (url.pathname !== '/' || url.search || url.hash) {
    throw new Error(`SITE_URL "${value}" has a path. Fix: SITE_URL=${url.origin} BASE_PATH=${url.pathname}`);
  }
  return url.origin;
}

/**
 * The site URL a host announces to its builds when `SITE_URL` is not set: Netlify's `URL`
 * (the main address) and Vercel's production domain. Cloudflare Pages only announces the
 * address of each deployment, which must not become the canonical URL.
 */
export function hostSiteUrl(host: HostVariables): string | undefined {
  if (host.NETLIFY === 'true' && host.URL) return host.URL;
  if (host.VERCEL === '1' && host.VERCEL_PROJECT_PRODUCTION_URL)
    return `https://${host.VERCEL_PROJECT_PRODUCTION_URL}`;
  return undefined;
}

/** The variables Netlify and Vercel set for their builds. */
export interface HostVariables {
  NETLIFY?: string | undefined;
  URL?: string | undefined;
  VERCEL?: string | undefined;
  VERCEL_PROJECT_PRODUCTION_URL?: string | undefined;
}
