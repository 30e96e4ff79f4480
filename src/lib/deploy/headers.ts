/**
 * The HTTP headers of the archive, the one source every host's config is written from
 * (`_headers` for Netlify and Cloudflare Pages, vercel.json, the nginx config, the S3 guide).
 * Paths are relative to the base: `/_astro/` means `/letopis/_astro/` under a sub-path.
 */
import { contentSecurityPolicy } from './csp.ts';
import { INLINE_SCRIPTS } from './inline-scripts.ts';
import { settings } from '../../settings.ts';

/** Cache-Control values. */
export const CACHE = {
  /** Files whose name holds a hash of their content: a new version is a new URL. */
  immutable: 'public, max-age=31536000, immutable',
  /** Everything else (pages, feeds, Pagefind's entry files): a browser asks again each time. */
  revalidate: 'public, max-age=0, must-revalidate',
} as const;

/**
 * Folders whose every file name carries a content hash. Pagefind hashes its index, fragment
 * and filter files but not `pagefind.js`, `pagefind-entry.json`, the UI, the worker or the
 * WebAssembly, which must be revalidated or an old entry file points at deleted chunks.
 * The year shards (`pagefind/shards/2001-2004/`) are Pagefind bundles of their own; their
 * name is the one segment written {@link ANY_SEGMENT}, the placeholder syntax Netlify,
 * Cloudflare Pages and Vercel share.
 */
export const IMMUTABLE_FOLDERS = [
  '/_astro/',
  ...(['', 'shards/:shard/'] as const).flatMap((bundle) =>
    (['index', 'fragment', 'filter'] as const).map((kind) => `/pagefind/${bundle}${kind}/`),
  ),
] as const;

/** The placeholder for one path segment in {@link IMMUTABLE_FOLDERS}. */
export const ANY_SEGMENT = ':shard';

/**
 * A folder of {@link IMMUTABLE_FOLDERS} as a regular expression source matching the start of
 * a path: `/pagefind/shards/:shard/index/` → `/pagefind/shards/[^/]+/index/`.
 */
export function folderRegexSource(folder: string): string {
  return folder
    .split(ANY_SEGMENT)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('[^/]+');
}

/**
 * Strict-Transport-Security for a site served over https: a year, subdomains included. Not
 * `preload`, which commits the whole domain to https in browsers' built-in lists.
 */
export const HSTS = 'max-age=31536000; includeSubDomains';

/** What the headers depend on beyond the header rules themselves. */
export interface HeaderOptions {
  /** The inline scripts the Content-Security-Policy allows by hash. */
  inlineScripts?: readonly string[];
  /**
   * Whether the site is served over https, which adds Strict-Transport-Security. By default,
   * whether `SITE_URL` (as the build reads it, see src/settings.ts) starts with `https:`.
   */
  https?: boolean;
}

/** Whether the site at `site` (the settings' `SITE_URL`) is served over https. */
export function servedOverHttps(site: string = settings().SITE_URL): boolean {
  return site.startsWith('https:');
}

/** Headers sent with every response, pages and files alike. */
export function securityHeaders({
  inlineScripts = INLINE_SCRIPTS,
  https = servedOverHttps(),
}: HeaderOptions = {}): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(inlineScripts),
    ...(https ? { 'Strict-Transport-Security': HSTS } : {}),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'X-Frame-Options': 'DENY',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}

/** A set of headers for the paths under one prefix (`/` = the whole site). */
export interface HeaderRule {
  /** A base-relative folder ending in `/`; the rule covers everything under it. */
  folder: string;
  headers: Record<string, string>;
}

/**
 * Every rule, most general first. Cache-Control appears once per path in the host configs
 * that merge overlapping rules (`_headers` joins repeated headers with commas), so the
 * revalidate default is set only where a host needs it spelled out (nginx, S3).
 */
export function headerRules(options: HeaderOptions = {}): HeaderRule[] {
  return [
    { folder: '/', headers: securityHeaders(options) },
    ...IMMUTABLE_FOLDERS.map((folder) => ({ folder, headers: { 'Cache-Control': CACHE.immutable } })),
  ];
}

/** The Cache-Control for one base-relative path. */
export function cacheControlFor(path: string): string {
  return IMMUTABLE_FOLDERS.some((folder) => new RegExp(`^${folderRegexSource(folder)}`).test(path))
    ? CACHE.immutable
    : CACHE.revalidate;
}
