/**
 * The Content-Security-Policy of the archive: only the site's own files, plus what Pagefind
 * needs (WebAssembly, a worker, fetches of its index) and the hashed inline scripts.
 */
import { createHash } from 'node:crypto';

/** `'sha256-…'`, the CSP source that allows one inline script or style with exactly this text. */
export function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The policy, one directive after another, for the given inline scripts. */
export function contentSecurityPolicy(inlineScripts: readonly string[]): string {
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
  return directives.map((directive) => directive.join(' ')).join('; ');
}
