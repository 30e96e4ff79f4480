/**
 * Host configuration files written from the header rules in headers.ts: `_headers` (Netlify,
 * Cloudflare Pages) and vercel.json. Each one says where it comes from, so nobody edits a copy.
 */
import { headerRules, type HeaderRule } from './headers.ts';
import { joinBase } from '../join-base.ts';
import { vercelRedirects, type MovedPage } from './moved-pages.ts';

export const GENERATED_NOTICE = 'Generated from src/lib/deploy/headers.ts; edit that file, not this one.';

/**
 * `_headers`: a path pattern, then its headers indented. Both hosts apply every rule whose
 * pattern matches, which is why a header appears in one rule per path only. The build writes
 * it with the default rules: Strict-Transport-Security when `SITE_URL` is https.
 */
export function renderHeadersFile(base: string, rules: readonly HeaderRule[] = headerRules()): string {
  const blocks = rules.map((rule) => {
    const lines = Object.entries(rule.headers).map(([name, value]) => `  ${name}: ${value}`);
    return [`${joinBase(base, rule.folder)}*`, ...lines].join('\n');
  });
  return `# ${GENERATED_NOTICE}\n${blocks.join('\n')}\n`;
}

/**
 * vercel.json for a deploy at the root: build command, output folder, trailing slashes,
 * headers, redirects of moved pages. Vercel serves every site over https, so
 * Strict-Transport-Security is always in.
 */
export function renderVercelJson(
  rules: readonly HeaderRule[] = headerRules({ https: true }),
  moves: readonly MovedPage[] = [],
): string {
  const config = {
    $schema: 'https://openapi.vercel.sh/vercel.json',
    framework: 'astro',
    buildCommand: 'npm run build',
    outputDirectory: 'dist',
    trailingSlash: true,
    ...(moves.length > 0 ? { redirects: vercelRedirects(moves) } : {}),
    headers: rules.map((rule) => ({
      source: `${rule.folder}(.*)`,
      headers: Object.entries(rule.headers).map(([key, value]) => ({ key, value })),
    })),
  };
  return `${JSON.stringify(config, null, 2)}\n`;
}
