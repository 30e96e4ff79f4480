/**
 * A static file server for the benchmark's browser measurements: serves a built site the way
 * a static host does (index.html for folders, gzip for text when the browser accepts it),
 * without Astro's preview server in the way.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.json', '.xml', '.svg', '.txt']);

/** One response as sent: its path and body bytes on the wire (compressed when gzipped). */
export interface SentResponse {
  path: string;
  bytes: number;
}

export interface RunningServer {
  url: string;
  /** Every response sent so far, in order (workers' requests included, unlike a page's CDP session). */
  sent: SentResponse[];
  close(): Promise<void>;
}

/** Answers one request from `root`, recording what it sent in `sent`. */
async function respond(
  root: string,
  sent: SentResponse[],
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  try {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    // A `..` segment leaves the site; `..` inside a name (`_..DB6rf5Pu.css`) does not.
    if (path.split(/[\\/]/).includes('..')) throw new Error('outside the site');
    let file = join(root, path);
    if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
    const body = await readFile(file);
    const type = extname(file);
    const gzip = COMPRESSIBLE.has(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    response.writeHead(200, {
      'content-type': TYPES[type] ?? 'application/octet-stream',
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    });
    const payload = gzip ? gzipSync(body) : body;
    sent.push({ path, bytes: payload.length });
    response.end(payload);
  } catch {
    response.writeHead(404, { 'content-type': 'text/plain' });
    response.end('not found');
  }
}

export async function serveStatic(root: string, port: number): Promise<RunningServer> {
  const sent: SentResponse[] = [];
  const server: Server = createServer((request, response) => {
    // The 404 path itself can fail (headers already sent): drop the connection, not the server.
    respond(root, sent, request, response).catch(() => response.destroy());
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    sent,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
