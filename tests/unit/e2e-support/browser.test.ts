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
    const exists = only('/opt/chrome/chrome', SHELL, FULL);
    expect(findChromium('tests', '/opt/chrome/chrome', exists)).toBe('/opt/chrome/chrome');
    expect(findChromium('measurements', '/opt/chrome/chrome', exists)).toBe('/opt/chrome/chrome');
  });

  it('runs the tests in the headless shell when the system has one', () => {
    expect(findChromium('tests', undefined, only(SHELL, FULL))).toBe(SHELL);
    expect(findChromium('tests', undefined, only(FULL))).toBe(FULL);
  });

  it('measures in the full browser only', () => {
    expect(findChromium('measurements', undefined, only(SHELL, FULL))).toBe(FULL);
    expect(() => findChromium('measurements', undefined, only(SHELL))).toThrow(/apt-get install -y chromium/);
  });

  it('says what to install when there is no browser', () => {
    expect(() => findChromium('tests', undefined, only())).toThrow(
      /npx playwright install chromium[\s\S]*CHROMIUM_PATH/,
    );
  });
});
