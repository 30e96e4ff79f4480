/**
 * Finds a Chromium: Playwright's own when it is installed, else the system's. Never skips: with
 * no browser the run fails and says what to install. The end-to-end tests take Chromium's
 * headless shell when the system has one: the tests ask nothing of the full browser, and on two
 * cores the shell runs the suite in about half the time
 * (docs/decisions/0026-e2e-tests-in-the-headless-shell.md). Lighthouse and the benchmark keep
 * the full browser, as readers run it.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { settings } from '../../../src/settings.ts';

/** What the browser is for: the test suite, or measuring what a reader's browser does. */
export type ChromiumUse = 'tests' | 'measurements';

const SYSTEM_HEADLESS_SHELLS = ['/usr/bin/chromium-headless-shell'];

const SYSTEM_CHROMIUMS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

/**
 * The path of a Chromium executable for `use`, or an error telling how to get one.
 * `CHROMIUM_PATH` wins for every use.
 */
export function findChromium(
  use: ChromiumUse,
  chromiumPath: string | undefined = settings().CHROMIUM_PATH,
  exists: (path: string) => boolean = existsSync,
): string {
  const shells = use === 'tests' ? SYSTEM_HEADLESS_SHELLS : [];
  const candidates = [chromiumPath, ...shells, safePlaywrightPath(), ...SYSTEM_CHROMIUMS];
  const found = candidates.find((path): path is string => !!path && exists(path));
  if (!found) {
    throw new Error(
      'No Chromium found for the end-to-end tests, Lighthouse and the benchmark. Install:\n' +
        "  npx playwright install chromium          (Playwright's own build)\n" +
        '  sudo apt-get install -y chromium chromium-headless-shell\n' +
        '                                           (Debian/Ubuntu packages; the tests run faster in the shell)\n' +
        'or point CHROMIUM_PATH at a Chromium or Chrome executable.',
    );
  }
  return found;
}

function safePlaywrightPath(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

/** Flags for a sandboxed CI machine: root needs --no-sandbox; a closed network needs quiet. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];
