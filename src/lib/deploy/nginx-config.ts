/**
 * The nginx site of the archive, written from headers.ts: a `map` choosing Cache-Control by
 * path and a `server` that serves the built site under its base and sends the security
 * headers on every response, 404s included. Both belong in nginx's `http` context (a file in
 * sites-enabled/). The headers sit on the server only: nginx drops inherited `add_header`
 * lines in any location that sets its own, so no location does.
 */
import { CACHE, IMMUTABLE_FOLDERS, folderRegexSource, securityHeaders, servedOverHttps } from './headers.ts';
import { GENERATED_NOTICE } from './host-configs.ts';
import { joinBase } from '../join-base.ts';
import { nginxRedirects, type MovedPage } from './moved-pages.ts';

export interface NginxSiteOptions {
  /** The base the site was built with (`/` or `/letopis/`). */
  base: string;
  /** The folder that stands for `/`: the built files live in `<root><base>`. */
  root: string;
  /** The `listen` argument: `80`, `127.0.0.1:4901`. */
  listen: string;
  serverName?: string;
  /** Pages of merged entries and where they moved (moved-pages.ts). */
  moves?: readonly MovedPage[];
  /**
   * Whether the site is served over https (TLS here or in front): adds Strict-Transport-Security.
   * By default, whether `SITE_URL` is https; a local http server passes `false`.
   */
  https?: boolean;
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

/** The variable the `map` sets; one per base, so two archives can share one nginx. */
function cacheVariable(base: string): string {
  return `$letopis${base.replace(/[^a-z0-9]+/gi, '_').replace(/_$/, '')}_cache_control`;
}

/** The `map` and `server` blocks. */
export function renderNginxServer({
  base,
  root,
  listen,
  serverName = '_',
  moves = [],
  https = servedOverHttps(),
}: NginxSiteOptions): string {
  const variable = cacheVariable(base);
  const headers: [string, string][] = [
    ...Object.entries(securityHeaders({ https })),
    ['Cache-Control', variable],
  ];
  const lines = [
    `# ${GENERATED_NOTICE}`,
    `# Include it in nginx's http context; the built site (the contents of dist/) goes in ${joinBase(root, base)}.`,
    `map $uri ${variable} {`,
    `    default ${quote(CACHE.revalidate)};`,
    ...IMMUTABLE_FOLDERS.map(
      (folder) => `    ~^${folderRegexSource(joinBase(base, folder))} ${quote(CACHE.immutable)};`,
    ),
    '}',
    '',
    'server {',
    `    listen ${listen};`,
    `    server_name ${serverName};`,
    `    root ${root};`,
    '    index index.html;',
    '    charset utf-8;',
    '    server_tokens off;',
    // A missing page is the reader's 404, not a server error worth logging.
    '    log_not_found off;',
    // Redirects to the trailing-slash URL keep the client's host and port.
    '    absolute_redirect off;',
    '    gzip on;',
    `    gzip_types ${GZIP_TYPES.join(' ')};`,
    ...headers.map(
      ([name, value]) => `    add_header ${name} ${name === 'Cache-Control' ? value : quote(value)} always;`,
    ),
    `    error_page 404 ${joinBase(base, '/404.html')};`,
    '',
    // The Netlify/Cloudflare header file is configuration, not content.
    `    location = ${joinBase(base, '/_headers')} {`,
    '        return 404;',
    '    }',
    ...nginxRedirects(moves, base),
  ];
  if (base !== '/') {
    lines.push(
      `    location = ${base.slice(0, -1)} {`,
      `        return 301 ${base};`,
      '    }',
      `    location ${base} {`,
      '    }',
      // Nothing outside the base belongs to the archive.
      '    location / {',
      '        return 404;',
      '    }',
    );
  }
  lines.push('}');
  return `${lines.join('\n')}\n`;
}

/** A value in double quotes, as nginx reads it. */
function quote(value: string): string {
  return `"${value.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;
}

export interface NginxMainOptions {
  /** A writable folder for nginx's pid and temporary files. */
  prefix: string;
  /** The `server` block (renderNginxServer). */
  server: string;
  /** Where nginx's MIME type table is; Debian's by default. */
  mimeTypes?: string;
  /** The user the worker runs as, when nginx is started as root (otherwise it is `nobody`). */
  workerUser?: string | undefined;
}

/**
 * A complete nginx.conf that runs in the foreground as an ordinary process, for serving a
 * build locally (`npm run serve:nginx`) and for the end-to-end tests.
 */
export function renderNginxMain({
  prefix,
  server,
  mimeTypes = '/etc/nginx/mime.types',
  workerUser,
}: NginxMainOptions): string {
  const temp = (name: string) => `    ${name}_temp_path ${prefix}/${name}_temp;`;
  return [
    ...(workerUser ? [`user ${workerUser};`] : []),
    'daemon off;',
    'worker_processes 1;',
    `pid ${prefix}/nginx.pid;`,
    'error_log stderr warn;',
    'events {',
    '    worker_connections 256;',
    '}',
    'http {',
    `    include ${mimeTypes};`,
    '    default_type application/octet-stream;',
    '    access_log off;',
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp),
    server.replace(/^/gm, '    ').replace(/^ +$/gm, ''),
    '}',
    '',
  ].join('\n');
}
