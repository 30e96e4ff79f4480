/**
 * Finds a Chromium for the end-to-end tests: Playwright's own when it is installed, else the
 * system's. Never skips: with no browser the run fails and says what to install.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_CHROMIUMS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

/** The path of a Chromium executable, or an error telling how to get one. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const candidates = [env['CHROMIUM_PATH'], safePlaywrightPath(), ...SYSTEM_CHROMIUMS];
  const found = candidates.find((path): path is string => !!path && existsSync(path));
  if (!found) {
    throw new Error(
      'No Chromium found for the end-to-end tests. Install one of:\n' +
        "  npx playwright install chromium          (Playwright's own build)\n" +
        '  sudo apt-get install -y chromium         (Debian/Ubuntu package, /usr/bin/chromium)\n' +
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
