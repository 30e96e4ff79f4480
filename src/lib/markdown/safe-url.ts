/**
 * Which URLs an article may link to or show: http, https and mailto addresses, relative paths
 * and fragments. Anything else (`javascript:`, `data:`, `vbscript:`, `file:`, however it is
 * disguised: mixed case, HTML entities, control characters or whitespace inside the scheme)
 * is refused, so a hostile article cannot run a script on a host that sends no
 * Content-Security-Policy header. @braintree/sanitize-url undoes the disguises; the scheme
 * the browser would read is then checked against the allow-list.
 */
import { sanitizeUrl } from '@braintree/sanitize-url';

/** The schemes an article's links and images may use; a URL without a scheme is relative. */
export const ALLOWED_SCHEMES: ReadonlySet<string> = new Set(['http', 'https', 'mailto']);

/** What @braintree/sanitize-url answers for a URL it refuses. */
const REFUSED = 'about:blank';

/**
 * The scheme a browser reads from `url`, lowercase, or `undefined` for a relative URL: the
 * URL standard strips leading and trailing C0 controls and spaces and every tab and newline.
 */
export function urlScheme(url: string): string | undefined {
  // eslint-disable-next-line no-control-regex -- the URL standard strips these
  const parsed = url.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
  return /^([a-z][a-z0-9+.-]*):/i.exec(parsed)?.[1]?.toLowerCase();
}

/** Whether `url` is one an article may carry: an allowed scheme, a relative path or a fragment. */
export function isSafeUrl(url: string): boolean {
  if (url.trim() === '') return false;
  const sanitized = sanitizeUrl(url);
  if (sanitized === REFUSED) return false;
  return [url, sanitized].every((candidate) => {
    const scheme = urlScheme(candidate);
    return scheme === undefined || ALLOWED_SCHEMES.has(scheme);
  });
}
