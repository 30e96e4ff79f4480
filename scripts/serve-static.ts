/**
 * Serves a built site as a plain file server does (GitHub Pages, `python -m http.server`): the
 * files and nothing else, no security headers. The end-to-end `hostile` project serves the
 * hostile-links fixture this way, where only what the pages carry themselves protects a reader.
 *   node scripts/serve-static.ts --dir dist-hostile --port 4906
 */
import { parseArgs } from 'node:util';
import { serveStatic } from './bench/static-server.ts';

const { values } = parseArgs({
  options: { dir: { type: 'string', default: 'dist' }, port: { type: 'string', default: '8080' } },
});
const server = await serveStatic(values.dir, Number(values.port));
console.log(`serving ${values.dir}/ at ${server.url}/ with no headers`);
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => void server.close().then(() => process.exit(0)));
