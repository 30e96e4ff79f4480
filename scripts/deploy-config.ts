/**
 * Writes the host configurations that are generated from src/lib/deploy/headers.ts and
 * committed: deploy/nginx/letopis.conf and vercel.json. Run it after changing the headers:
 *   npm run deploy:config
 * With --nginx it prints an nginx server block for another base, root or address instead:
 *   npm run --silent deploy:config -- --nginx --base /letopis/ --root /var/www --listen 8080
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { renderNginxServer } from '../src/lib/deploy/nginx-config.ts';
import { renderVercelJson } from '../src/lib/deploy/host-configs.ts';
import { normalizeBasePath } from '../src/lib/deploy/site-env.ts';
import { settings } from '../src/settings.ts';
import { COMMITTED_NGINX } from '../src/lib/deploy/committed.ts';
import { readMovedPages } from '../src/lib/deploy/moved-pages.ts';

// Merged people and places keep their old addresses: permanent redirects from the content.
const moves = readMovedPages(settings().LETOPIS_CONTENT);

const { values } = parseArgs({
  options: {
    nginx: { type: 'boolean', default: false },
    base: { type: 'string' },
    root: { type: 'string' },
    listen: { type: 'string' },
    'server-name': { type: 'string' },
  },
});

if (values.nginx) {
  process.stdout.write(
    renderNginxServer({
      base: values.base === undefined ? settings().BASE_PATH : normalizeBasePath(values.base),
      root: values.root ?? COMMITTED_NGINX.root,
      listen: values.listen ?? COMMITTED_NGINX.listen,
      serverName: values['server-name'] ?? COMMITTED_NGINX.serverName,
      moves,
    }),
  );
} else {
  const root = join(import.meta.dirname, '..');
  writeFileSync(join(root, 'deploy/nginx/letopis.conf'), renderNginxServer({ ...COMMITTED_NGINX, moves }));
  writeFileSync(join(root, 'vercel.json'), renderVercelJson(undefined, moves));
  console.log('wrote deploy/nginx/letopis.conf and vercel.json');
}
