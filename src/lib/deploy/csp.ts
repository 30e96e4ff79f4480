/**
 * The Content-Security-Policy of the archive: only the site's own files, plus what Pagefind
 * needs (WebAssembly, a worker, fetches of its index) and the hashed inline scripts.
 */
import { createHash } from 'node:crypto';

/** `'sha256-…'`, the CSP source that allows one inline script or style with exactly this text. */
export function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * Directives a `<meta http-equiv="Content-Security-Policy">` cannot carry: browsers ignore them
 * there (CSP Level 3, §3.3), so only the header can say them.
 */
export const HEADER_ONLY_DIRECTIVES: ReadonlySet<string> = new Set([
  'frame-ancestors',
  'report-uri',
  'sandbox',
]);

/** The policy, one directive after another, for the given inline scripts. */
export function contentSecurityPolicy(inlineScripts: readonly string[]): string {
  return policyDirectives(inlineScripts)
    .map((directive) => directive.join(' '))
    .join('; ');
}

/**
 * The policy as a page's `<meta http-equiv>` can hold it, for hosts that send no header (GitHub
 * Pages, `npm run preview`, a plain file server): every directive but the header-only ones.
 */
export function metaContentSecurityPolicy(inlineScripts: readonly string[]): string {
  return policyDirectives(inlineScripts)
    .filter(([name]) => !HEADER_ONLY_DIRECTIVES.has(name))
    .map((directive) => directive.join(' '))
    .join('; ');
}

function policyDirectives(inlineScripts: readonly string[]): [string, ...string[]][] {
  const scriptHashes = [...new Set(inlineScripts.map(cspHash))].sort();
  const directives: [string, ...string[]][] = [
    ['default-src', "'self'"],
    // Pagefind compiles its WebAssembly search core in the browser.
    ['script-src', "'self'", "'wasm-unsafe-eval'", ...scriptHashes],
    ['style-src', "'self'"],
    ['img-src', "'self'", 'data:'],
    ['font-src', "'self'"],
    // Pagefind fetches its index files and runs its search in a worker, both from the site.
    ['connect-src', "'self'"],
    ['worker-src', "'self'"],
    ['manifest-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'"],
    ['frame-ancestors', "'none'"],
  ];
  return directives;
}
