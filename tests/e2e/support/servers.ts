/**
 * The built sites the end-to-end tests run against, each built and served by `astro preview`
 * on its own port: the real archive (`content/`) and the fixture archive. `LETOPIS_E2E_PORT`
 * moves the whole range, so two checkouts can test side by side; `--ignore-lock` lets the
 * previews of one checkout run side by side (Astro otherwise allows one per project).
 */

export interface E2eServer {
  name: string;
  testMatch: string;
  baseURL: string;
  command: string;
  env: Record<string, string>;
}

/** The fixture archive (40 published articles, 2019–2024) the browsing specs walk. */
export const FIXTURE_ARCHIVE = 'tests/fixtures/archive';

export function e2eServers(env: NodeJS.ProcessEnv = process.env): E2eServer[] {
  const firstPort = Number(env['LETOPIS_E2E_PORT'] ?? 4321);
  const site = (port: number) => `http://127.0.0.1:${port}`;
  const serve = (port: number) => `npm run build && npm run preview -- --ignore-lock --host 127.0.0.1 --port ${port}`;
  return [
    {
      name: 'real',
      testMatch: 'real/**/*.spec.ts',
      baseURL: `${site(firstPort)}/`,
      command: serve(firstPort),
      env: { SITE_URL: site(firstPort) },
    },
    {
      name: 'fixture',
      testMatch: 'fixture/**/*.spec.ts',
      baseURL: `${site(firstPort + 1)}/`,
      command: serve(firstPort + 1),
      env: {
        SITE_URL: site(firstPort + 1),
        LETOPIS_CONTENT: FIXTURE_ARCHIVE,
        LETOPIS_OUT_DIR: 'dist-fixture',
      },
    },
  ];
}
