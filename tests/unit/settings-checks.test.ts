import { describe, expect, test } from 'vitest';
import type { z } from 'astro/zod';
import { checkedBy, flag, folder, port, wholeNumber } from '../../src/settings-checks.ts';
import { normalizeBasePath } from '../../src/lib/deploy/site-env.ts';

/** The value a check gives `text`, or its messages. */
function checked(check: z.ZodType, text: string | undefined): unknown {
  const result = check.safeParse(text);
  return result.success ? result.data : result.error.issues.map((issue) => issue.message);
}

describe('the checks of a variable’s text', () => {
  test('a whole number: digits, spaces around them dropped, at least the minimum', () => {
    const pages = wholeNumber(1, 3_500);
    expect(checked(pages, ' 3500\n')).toBe(3_500);
    for (const text of ['3,500', '3 500', '1e3', '-1', '3500 страниц', ''])
      expect(checked(pages, text), text).toEqual([
        'is not a whole number. Fix: write a whole number such as 3500, or unset it for the default',
      ]);
    expect(checked(pages, '0')).toEqual([
      'is less than 1. Fix: write a whole number such as 3500, or unset it for the default',
    ]);
  });

  test('a port: 0 lets the system pick one, above 65535 is none', () => {
    expect(checked(port(4321), '0')).toBe(0);
    expect(checked(port(4321), '4700')).toBe(4_700);
    expect(checked(port(4321), '70000')).toEqual(['is above 65535. Fix: use a port from 1024 to 65535']);
  });

  test('a flag is 1 or 0, nothing else that reads as yes', () => {
    expect(checked(flag, ' 1')).toBe(true);
    expect(checked(flag, '0')).toBe(false);
    for (const text of ['true', 'yes', 'да'])
      expect(checked(flag, text), text).toEqual([
        'is neither 1 nor 0. Fix: write 1 to turn it on, or unset it',
      ]);
  });

  test('a folder loses its trailing slashes, but the root stays the root', () => {
    expect(checked(folder, 'tests/fixtures/archive///')).toBe('tests/fixtures/archive');
    expect(checked(folder, '/')).toBe('/');
    expect(checked(folder, '  ')).toEqual(['is empty. Fix: name a folder, or unset it for the default']);
  });

  test('a deploy value is normalized by its function, whose error is the message', () => {
    const base = checkedBy(normalizeBasePath);
    expect(checked(base, 'letopis')).toBe('/letopis/');
    expect(checked(base, undefined)).toBe('/');
    expect(checked(base, 'https://x.org/a/')).toEqual([
      'BASE_PATH "https://x.org/a/" is a URL. Fix: put the origin in SITE_URL and only the path (e.g. /letopis/) in BASE_PATH',
    ]);
  });
});
