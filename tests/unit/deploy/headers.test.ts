import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  ANY_SEGMENT,
  CACHE,
  IMMUTABLE_FOLDERS,
  cacheControlFor,
  HSTS,
  headerRules,
  securityHeaders,
  servedOverHttps,
} from '../../../src/lib/deploy/headers.ts';
import {
  HEADER_ONLY_DIRECTIVES,
  contentSecurityPolicy,
  cspHash,
  metaContentSecurityPolicy,
} from '../../../src/lib/deploy/csp.ts';
import { renderHeadersFile, renderVercelJson } from '../../../src/lib/deploy/host-configs.ts';
import { renderNginxMain, renderNginxServer } from '../../../src/lib/deploy/nginx-config.ts';
import { COMMITTED_NGINX } from '../../../src/lib/deploy/committed.ts';
import { childEnv, readSettings } from '../../../src/settings.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');

describe('the Content-Security-Policy', () => {
  const policy = contentSecurityPolicy([]);
  const directive = (name: string) => policy.split('; ').find((part) => part.startsWith(`${name} `));

  test('lets Pagefind compile WebAssembly, run its worker and fetch its index, from the site only', () => {
    expect(directive('script-src')).toBe("script-src 'self' 'wasm-unsafe-eval'");
    expect(directive('worker-src')).toBe("worker-src 'self'");
    expect(directive('connect-src')).toBe("connect-src 'self'");
  });

  test('allows no inline code, plugins or framing', () => {
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain("'unsafe-eval'");
    expect(directive('style-src')).toBe("style-src 'self'");
    expect(directive('object-src')).toBe("object-src 'none'");
    expect(directive('frame-ancestors')).toBe("frame-ancestors 'none'");
  });

  test('lists each inline script by its sha256, once', () => {
    // echo -n "alert(1)" | openssl dgst -sha256 -binary | base64
    expect(cspHash('alert(1)')).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
    expect(contentSecurityPolicy(['alert(1)', 'alert(1)'])).toContain(
      "script-src 'self' 'wasm-unsafe-eval' 'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='; ",
    );
  });
});

describe('caching', () => {
  test.each([
    ['/_astro/archive.ctFBl4fF.css', CACHE.immutable],
    ['/pagefind/fragment/ru_2554a56.pf_fragment', CACHE.immutable],
    ['/pagefind/index/ru_f33ec6a.pf_index', CACHE.immutable],
    ['/pagefind/filter/ru_1a2b3c4.pf_filter', CACHE.immutable],
    ['/pagefind/shards/2001-2004/index/ru_f33ec6a.pf_index', CACHE.immutable],
    ['/pagefind/shards/2022/fragment/ru_2554a56.pf_fragment', CACHE.immutable],
    ['/pagefind/shards/2022/filter/ru_1a2b3c4.pf_filter', CACHE.immutable],
    ['/pagefind/shards/2022/pagefind-entry.json', CACHE.revalidate],
    ['/pagefind/shards/2022/wasm.ru.pagefind', CACHE.revalidate],
    ['/pagefind/shards/a/b/index/x', CACHE.revalidate],
    ['/pagefind/pagefind.js', CACHE.revalidate],
    ['/pagefind/pagefind-entry.json', CACHE.revalidate],
    ['/pagefind/wasm.ru.pagefind', CACHE.revalidate],
    ['/2022/05/12/slug/', CACHE.revalidate],
    ['/favicon.svg', CACHE.revalidate],
  ])('%s → %s', (path, expected) => {
    expect(cacheControlFor(path)).toBe(expected);
  });
});

describe('_headers (Netlify, Cloudflare Pages)', () => {
  test('puts the base in front of every pattern', () => {
    const file = renderHeadersFile('/letopis/');
    expect(file).toContain('\n/letopis/*\n  Content-Security-Policy: ');
    expect(file).toContain(`\n/letopis/_astro/*\n  Cache-Control: ${CACHE.immutable}\n`);
    expect(file).not.toMatch(/^\/_astro/m);
  });

  test('sends every security header and sets each header once per path (the hosts join repeats)', () => {
    const file = renderHeadersFile('/');
    for (const [name, value] of Object.entries(securityHeaders()))
      expect(file).toContain(`  ${name}: ${value}\n`);
    const rules = headerRules();
    for (const path of ['/', ...IMMUTABLE_FOLDERS.map((folder) => `${folder}x`)]) {
      const names = rules
        .filter((rule) => path.startsWith(rule.folder))
        .flatMap((rule) => Object.keys(rule.headers));
      expect(new Set(names).size, path).toBe(names.length);
    }
  });
});

describe('the Content-Security-Policy in a meta tag, for hosts without headers', () => {
  test('is the header policy without the directives a meta tag cannot hold', () => {
    const scripts = ['console.log(1)'];
    const header = contentSecurityPolicy(scripts).split('; ');
    const meta = metaContentSecurityPolicy(scripts).split('; ');
    expect(header.some((directive) => directive.startsWith('frame-ancestors '))).toBe(true);
    expect(meta).toEqual(header.filter((directive) => !HEADER_ONLY_DIRECTIVES.has(directive.split(' ')[0]!)));
    expect(meta).toContain(`script-src 'self' 'wasm-unsafe-eval' ${cspHash('console.log(1)')}`);
    expect(meta.join('; ')).not.toContain('frame-ancestors');
  });
});

describe('Strict-Transport-Security (a year, subdomains) where the site is served over https', () => {
  test('follows SITE_URL: https adds it, http and the default leave it out', () => {
    const over = (env: Record<string, string>) => servedOverHttps(readSettings(env).SITE_URL);
    expect(over({ SITE_URL: 'https://archive.example.org' })).toBe(true);
    expect(over({ SITE_URL: 'http://127.0.0.1:4321' })).toBe(false);
    expect(over({})).toBe(false);
    expect(over({ NETLIFY: 'true', URL: 'https://letopis.netlify.app' })).toBe(true);
    expect(HSTS).toBe('max-age=31536000; includeSubDomains');
    expect(securityHeaders({ https: true })['Strict-Transport-Security']).toBe(HSTS);
    expect(securityHeaders({ https: false })).not.toHaveProperty('Strict-Transport-Security');
  });

  test('in _headers (Netlify, Cloudflare Pages) for an https site only', () => {
    expect(renderHeadersFile('/', headerRules({ https: true }))).toContain(
      `\n/*\n  Content-Security-Policy: `,
    );
    expect(renderHeadersFile('/', headerRules({ https: true }))).toContain(
      `  Strict-Transport-Security: ${HSTS}\n`,
    );
    expect(renderHeadersFile('/', headerRules({ https: false }))).not.toContain('Strict-Transport-Security');
  });

  test('in vercel.json always (Vercel serves over https only)', () => {
    const vercel = JSON.parse(renderVercelJson()) as {
      headers: { headers: { key: string; value: string }[] }[];
    };
    expect(vercel.headers[0]?.headers).toContainEqual({ key: 'Strict-Transport-Security', value: HSTS });
  });

  test('in the nginx config of an https site, never in the local http one', () => {
    const options = { base: '/', root: '/srv/www', listen: '80' };
    expect(renderNginxServer({ ...options, https: true })).toContain(
      `    add_header Strict-Transport-Security "${HSTS}" always;\n`,
    );
    expect(renderNginxServer({ ...options, https: false })).not.toContain('Strict-Transport-Security');
    expect(readFileSync(join(ROOT, 'deploy/nginx/letopis.conf'), 'utf8')).toContain(
      `Strict-Transport-Security "${HSTS}"`,
    );
  });
});

describe('nginx', () => {
  const site = renderNginxServer({
    base: '/letopis/',
    root: '/srv/www',
    listen: '127.0.0.1:8080',
    https: false,
  });

  test('serves under the base, with its 404 page and nothing outside it', () => {
    expect(site).toContain('    root /srv/www;\n');
    expect(site).toContain('    error_page 404 /letopis/404.html;\n');
    expect(site).toContain('    location = /letopis {\n        return 301 /letopis/;\n    }');
    expect(site).toContain('    location / {\n        return 404;\n    }');
  });

  test('sets the headers on the server, with `always` so 404s carry them too, and no location overrides them', () => {
    const headers = securityHeaders({ https: false });
    for (const [name, value] of Object.entries(headers)) {
      expect(site).toContain(`    add_header ${name} "${value}" always;\n`);
    }
    expect(site).toContain('    add_header Cache-Control $letopis_letopis_cache_control always;\n');
    expect(site.match(/add_header/g)).toHaveLength(Object.keys(headers).length + 1);
  });

  test('picks the immutable caching by folder under the base, a shard name being one segment', () => {
    for (const folder of IMMUTABLE_FOLDERS.filter((folder) => !folder.includes(ANY_SEGMENT)))
      expect(site).toContain(`    ~^/letopis${folder} "${CACHE.immutable}";\n`);
    expect(site).toContain(`    ~^/letopis/pagefind/shards/[^/]+/index/ "${CACHE.immutable}";\n`);
    expect(site).toContain(`    default "${CACHE.revalidate}";\n`);
  });

  test('a full config names the worker user only when asked (nginx started as root)', () => {
    expect(renderNginxMain({ prefix: '/tmp/x', server: site })).not.toContain('user ');
    expect(renderNginxMain({ prefix: '/tmp/x', server: site, workerUser: 'root' })).toMatch(/^user root;\n/);
  });

  test('a full config keeps nginx in the foreground with its files under the prefix', () => {
    const main = renderNginxMain({ prefix: '/tmp/x', server: site });
    expect(main).toContain('daemon off;');
    expect(main).toContain('pid /tmp/x/nginx.pid;');
    expect(main).toContain('    client_body_temp_path /tmp/x/client_body_temp;');
    expect(main).toContain('        listen 127.0.0.1:8080;');
  });
});

describe('the committed configs are what headers.ts generates (run `npm run deploy:config` after a change)', () => {
  test('deploy/nginx/letopis.conf', () => {
    expect(readFileSync(join(ROOT, 'deploy/nginx/letopis.conf'), 'utf8')).toBe(
      renderNginxServer(COMMITTED_NGINX),
    );
  });

  test('deploy/s3/sync.sh uses the same Cache-Control values and hashed folders', () => {
    const script = readFileSync(join(ROOT, 'deploy/s3/sync.sh'), 'utf8');
    expect(script).toContain(`IMMUTABLE="${CACHE.immutable}"`);
    expect(script).toContain(`REVALIDATE="${CACHE.revalidate}"`);
    const folders = IMMUTABLE_FOLDERS.map((folder) => folder.slice(1, -1))
      .map((folder) => (folder.includes(ANY_SEGMENT) ? `'${folder.replace(ANY_SEGMENT, '*')}'` : folder))
      .join(' ');
    expect(script).toContain(`HASHED_FOLDERS=(${folders})`);
  });

  test("deploy/s3/sync.sh uploads every shard's hashed folders as immutable (a stand-in aws records the calls)", () => {
    const work = mkdtempSync(join(tmpdir(), 'letopis-s3-'));
    try {
      const dist = join(work, 'dist');
      for (const file of [
        'index.html',
        '_astro/a.css',
        'pagefind/pagefind.js',
        'pagefind/index/ru_1.pf_index',
        'pagefind/shards/2001-2004/index/ru_2.pf_index',
        'pagefind/shards/2001-2004/fragment/ru_3.pf_fragment',
        'pagefind/shards/2022/filter/ru_4.pf_filter',
      ]) {
        mkdirSync(dirname(join(dist, file)), { recursive: true });
        writeFileSync(join(dist, file), 'x');
      }
      const log = join(work, 'aws.log');
      mkdirSync(join(work, 'bin'));
      writeFileSync(join(work, 'bin', 'aws'), `#!/bin/sh\necho "$*" >> "${log}"\n`);
      chmodSync(join(work, 'bin', 'aws'), 0o755);
      execFileSync('bash', [join(ROOT, 'deploy/s3/sync.sh')], {
        cwd: work,
        env: childEnv({ PATH: `${join(work, 'bin')}:${childEnv().PATH ?? ''}`, S3_BUCKET: 'b' }),
        stdio: 'pipe',
      });
      const calls = readFileSync(log, 'utf8').trim().split('\n');
      for (const folder of [
        '_astro',
        'pagefind/index',
        'pagefind/shards/2001-2004/index',
        'pagefind/shards/2001-2004/fragment',
        'pagefind/shards/2022/filter',
      ])
        expect(calls).toContain(
          `s3 sync dist/${folder} s3://b/${folder} --cache-control ${CACHE.immutable} --only-show-errors`,
        );
      const rest = calls.find((call) => call.includes(CACHE.revalidate)) ?? '';
      expect(rest).toContain('--exclude pagefind/shards/*/index/*');
      expect(calls).toHaveLength(5 + 2); // the hashed folders, the rest, the removal
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });

  test('vercel.json', () => {
    expect(readFileSync(join(ROOT, 'vercel.json'), 'utf8')).toBe(renderVercelJson());
    const vercel = JSON.parse(renderVercelJson()) as { headers: unknown[] };
    expect(vercel.headers[0]).toMatchObject({ source: '/(.*)' });
    expect(vercel.headers[1]).toEqual({
      source: '/_astro/(.*)',
      headers: [{ key: 'Cache-Control', value: CACHE.immutable }],
    });
  });
});
