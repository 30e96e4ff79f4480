import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './tests/e2e/support/browser.ts';
import { e2eServers } from './tests/e2e/support/servers.ts';

const servers = e2eServers();

export default defineConfig({
  testDir: './tests/e2e',
  forbidOnly: true,
  fullyParallel: true,
  retries: 0,
  // Two cores on the CI machines; the preview servers and Chromium share them.
  workers: 2,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    browserName: 'chromium',
    locale: 'ru-RU',
    timezoneId: 'Europe/Moscow',
    launchOptions: { executablePath: findChromium('tests'), args: CHROMIUM_ARGS },
    // Recording a trace costs ~20 % of the suite's time; `--trace retain-on-failure` turns it on.
    trace: 'off',
  },
  projects: servers.map((server) => ({
    name: server.name,
    testMatch: server.testMatch,
    ...(server.grepInvert ? { grepInvert: server.grepInvert } : {}),
    use: { baseURL: server.baseURL },
    // Where the project's site was built, for checks that read the files (the HTML validator).
    metadata: { outDir: server.outDir },
  })),
  webServer: servers.map((server) => ({
    command: server.command,
    url: server.baseURL,
    reuseExistingServer: false,
    timeout: 300_000,
    stdout: 'pipe',
    stderr: 'pipe',
    env: server.env,
  })),
});
