/**
 * Serves a built site with a real nginx, under its base, with the headers the archive ships
 * (src/lib/deploy/headers.ts): what an operator's server does, on a loopback port.
 *   npm run serve:nginx -- --dir dist-subpath --base /letopis/ --port 4901
 * nginx runs in the foreground from a config written to node_modules/.cache/; stop it with
 * Ctrl-C. Needs the Debian package nginx (or nginx-light), or NGINX_PATH.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { renderNginxMain, renderNginxServer } from '../src/lib/deploy/nginx-config.ts';
import { normalizeBasePath } from '../src/lib/deploy/site-env.ts';
import { readMovedPages } from '../src/lib/deploy/moved-pages.ts';
import { settings } from '../src/settings.ts';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: settings().LETOPIS_OUT_DIR },
    base: { type: 'string', default: settings().BASE_PATH },
    host: { type: 'string', default: '127.0.0.1' },
    port: { type: 'string', default: '8080' },
  },
});

const nginx = [settings().NGINX_PATH, '/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/bin/nginx'].find(
  (path): path is string => !!path && existsSync(path),
);
if (!nginx) {
  console.error('nginx not found. Install it (sudo apt-get install -y nginx-light) or set NGINX_PATH.');
  process.exit(1);
}
const site = resolve(values.dir);
if (!existsSync(join(site, 'index.html'))) {
  console.error(
    `${values.dir}/index.html not found. Build first: LETOPIS_OUT_DIR=${values.dir} BASE_PATH=${values.base} npm run build`,
  );
  process.exit(1);
}

const base = normalizeBasePath(values.base);
const prefix = resolve('node_modules/.cache/letopis-nginx', values.port);
const root = join(prefix, 'www');
rmSync(prefix, { recursive: true, force: true });
// The site appears at <root><base>, as on a server where dist/ was copied to that folder.
const mount = join(root, base);
mkdirSync(dirname(mount.replace(/\/$/, '')), { recursive: true });
if (base === '/') symlinkSync(site, root);
else symlinkSync(site, mount.replace(/\/$/, ''));

const server = renderNginxServer({
  base,
  root,
  listen: `${values.host}:${values.port}`,
  serverName: values.host,
  // Merged people and places: their old addresses redirect (LETOPIS_CONTENT names the archive built).
  moves: readMovedPages(settings().LETOPIS_CONTENT),
  // Served over plain http on loopback: no Strict-Transport-Security.
  https: false,
});
const config = join(prefix, 'nginx.conf');
// Started as root, nginx would run its worker as `nobody`, which cannot read a checkout inside
// a private folder (`mktemp -d` makes it 0700): the worker runs as the user who started it.
const workerUser = process.getuid?.() === 0 ? 'root' : undefined;
writeFileSync(config, renderNginxMain({ prefix, server, workerUser }));
const child = spawn(nginx, ['-p', prefix, '-c', config, '-e', 'stderr'], { stdio: 'inherit' });
console.log(`nginx serves ${values.dir}/ at http://${values.host}:${values.port}${base}`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill('SIGTERM'));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
