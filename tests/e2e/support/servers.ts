/**
 * The built sites the end-to-end tests run against, each built and served on its own port:
 * the real archive (`content/`) and the fixture archive by `astro preview`, and the real
 * archive built under the sub-path `/letopis/` and served by nginx with the shipped headers.
 * `LETOPIS_E2E_PORT` moves the whole range, so two checkouts can test side by side.
 */

/** The sub-path the `subpath` project deploys under, and the folder that build goes to. */
export const SUBPATH_BASE = '/letopis/';
const SUBPATH_OUT_DIR = 'dist-subpath';

export interface E2eServer {
  name: string;
  testMatch: string | string[];
  baseURL: string;
  command: string;
  env: Record<string, string>;
}

export function e2eServers(env: NodeJS.ProcessEnv = process.env): E2eServer[] {
  const firstPort = Number(env['LETOPIS_E2E_PORT'] ?? 4321);
  const site = (port: number) => `http://127.0.0.1:${port}`;
  const serve = (port: number) => `npm run build && npm run preview -- --host 127.0.0.1 --port ${port}`;
  return [
    {
      name: 'real',
      testMatch: 'real/**/*.spec.ts',
      baseURL: `${site(firstPort)}/`,
      command: serve(firstPort),
      env: { SITE_URL: site(firstPort) },
    },
    {
      // The same specs (they use relative paths) plus the crawl, under /letopis/ on nginx.
      name: 'subpath',
      testMatch: ['real/**/*.spec.ts', 'subpath/**/*.spec.ts'],
      baseURL: `${site(firstPort + 1)}${SUBPATH_BASE}`,
      command:
        `npm run build && npm run --silent serve:nginx -- ` +
        `--dir ${SUBPATH_OUT_DIR} --base ${SUBPATH_BASE} --port ${firstPort + 1}`,
      env: { SITE_URL: site(firstPort + 1), BASE_PATH: SUBPATH_BASE, LETOPIS_OUT_DIR: SUBPATH_OUT_DIR },
    },
  ];
}
