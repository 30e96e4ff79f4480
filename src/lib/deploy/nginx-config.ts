/**
 * The nginx `server` block of the archive, written from headers.ts: it serves the built site
 * under its base, sends the security headers on every response (404s too) and caches hashed
 * files for a year. nginx drops a parent's `add_header` lines in any location that has its
 * own, so every location repeats the full set.
 */
import { CACHE, IMMUTABLE_FOLDERS, securityHeaders } from './headers.ts';
import { GENERATED_NOTICE } from './host-configs.ts';
import { joinBase } from '../urls.ts';

export interface NginxSiteOptions {
  /** The base the site was built with (`/` or `/letopis/`). */
  base: string;
  /** The folder that stands for `/`: the built files live in `<root><base>`. */
  root: string;
  /** The `listen` argument: `80`, `127.0.0.1:4901`. */
  listen: string;
  serverName?: string;
}

const GZIP_TYPES = [
  'text/css',
  'text/xml',
  'text/plain',
  'application/javascript',
  'application/json',
  'application/xml',
  'application/rss+xml',
  'application/atom+xml',
  'image/svg+xml',
];

/** The `server { … }` block. */
export function renderNginxServer({ base, root, listen, serverName = '_' }: NginxSiteOptions): string {
  const security = securityHeaders();
  const headerLines = (cache: string) =>
    [...Object.entries(security), ['Cache-Control', cache]].map(
      ([name, value]) => `        add_header ${name} ${quote(value)} always;`,
    );
  const location = (match: string, cache: string, extra: string[] = []) =>
    [`    location ${match} {`, ...extra, ...headerLines(cache), '    }'].join('\n');

  const lines = [
    `# ${GENERATED_NOTICE}`,
    `# The built site (the contents of dist/) goes in ${joinBase(root, base)}.`,
    'server {',
    `    listen ${listen};`,
    `    server_name ${serverName};`,
    `    root ${root};`,
    '    index index.html;',
    '    charset utf-8;',
    '    server_tokens off;',
    // Redirects to the trailing-slash URL keep the client's host and port.
    '    absolute_redirect off;',
    '    gzip on;',
    `    gzip_types ${GZIP_TYPES.join(' ')};`,
    `    error_page 404 ${joinBase(base, '/404.html')};`,
    '',
    location(`${base}`, CACHE.revalidate),
    ...IMMUTABLE_FOLDERS.map((folder) => location(`^~ ${joinBase(base, folder)}`, CACHE.immutable)),
    // The Netlify/Cloudflare header file is configuration, not content.
    `    location = ${joinBase(base, '/_headers')} {\n        return 404;\n    }`,
  ];
  if (base !== '/') {
    lines.push(`    location = ${base.slice(0, -1)} {\n        return 301 ${base};\n    }`);
    lines.push('    location / {\n        return 404;\n    }');
  }
  lines.push('}');
  return `${lines.join('\n')}\n`;
}

/** A value in double quotes, as nginx reads it. */
function quote(value: string): string {
  return `"${value.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;
}
