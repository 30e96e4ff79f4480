import { describe, expect, it } from 'vitest';
import { findChromium } from '../../e2e/support/browser.ts';

const SHELL = '/usr/bin/chromium-headless-shell';
const FULL = '/usr/bin/chromium';
const only =
  (...paths: string[]) =>
  (path: string) =>
    paths.includes(path);

describe('findChromium', () => {
  it('takes CHROMIUM_PATH first, for the tests and for measurements', () => {
    const env = { CHROMIUM_PATH: '/opt/chrome/chrome' };
    const exists = only('/opt/chrome/chrome', SHELL, FULL);
    expect(findChromium('tests', env, exists)).toBe('/opt/chrome/chrome');
    expect(findChromium('measurements', env, exists)).toBe('/opt/chrome/chrome');
  });

  it('runs the tests in the headless shell when the system has one', () => {
    expect(findChromium('tests', {}, only(SHELL, FULL))).toBe(SHELL);
    expect(findChromium('tests', {}, only(FULL))).toBe(FULL);
  });

  it('measures in the full browser only', () => {
    expect(findChromium('measurements', {}, only(SHELL, FULL))).toBe(FULL);
    expect(() => findChromium('measurements', {}, only(SHELL))).toThrow(/apt-get install -y chromium/);
  });

  it('says what to install when there is no browser', () => {
    expect(() => findChromium('tests', {}, only())).toThrow(
      /npx playwright install chromium[\s\S]*CHROMIUM_PATH/,
    );
  });
});
