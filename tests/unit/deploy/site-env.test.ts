import { describe, expect, test } from 'vitest';
import {
  DEFAULT_SITE_URL,
  hostSiteUrl,
  normalizeBasePath,
  normalizeSiteUrl,
} from '../../../src/lib/deploy/site-env.ts';

describe('normalizeBasePath', () => {
  test.each([
    [undefined, '/'],
    ['', '/'],
    ['/', '/'],
    ['letopis', '/letopis/'],
    ['/letopis', '/letopis/'],
    ['/letopis/', '/letopis/'],
    ['/news//letopis//', '/news/letopis/'],
    [' /letopis/ ', '/letopis/'],
  ])('%j → %s', (raw, expected) => {
    expect(normalizeBasePath(raw)).toBe(expected);
  });

  test('refuses a URL, naming SITE_URL', () => {
    expect(() => normalizeBasePath('https://example.org/letopis/')).toThrow(/put the origin in SITE_URL/);
    expect(() => normalizeBasePath('//cdn.example.org/')).toThrow(/is a URL/);
  });

  test('refuses dot segments and characters that would need escaping', () => {
    expect(() => normalizeBasePath('/a/../b/')).toThrow('segment ".." is not allowed');
    expect(() => normalizeBasePath('/летопись/')).toThrow('segment "летопись" is not allowed');
    expect(() => normalizeBasePath('/a b/')).toThrow(/not allowed/);
  });
});

describe('normalizeSiteUrl', () => {
  test('keeps the origin and drops a trailing slash', () => {
    expect(normalizeSiteUrl('https://example.org/')).toBe('https://example.org');
    expect(normalizeSiteUrl('http://127.0.0.1:4901')).toBe('http://127.0.0.1:4901');
  });

  test('defaults to the preview address', () => {
    expect(normalizeSiteUrl(undefined)).toBe(DEFAULT_SITE_URL);
    expect(normalizeSiteUrl('')).toBe(DEFAULT_SITE_URL);
  });

  test('refuses a path and says how to split it', () => {
    expect(() => normalizeSiteUrl('https://me.github.io/letopis/')).toThrow(
      'Fix: SITE_URL=https://me.github.io BASE_PATH=/letopis/',
    );
  });

  test('refuses what is not an http(s) URL', () => {
    expect(() => normalizeSiteUrl('example.org')).toThrow(/not an absolute URL/);
    expect(() => normalizeSiteUrl('ftp://example.org')).toThrow(/https:\/\//);
  });
});

test('a host announces its address only with its own marker', () => {
  expect(hostSiteUrl({ NETLIFY: 'true', URL: 'https://letopis.netlify.app' })).toBe(
    'https://letopis.netlify.app',
  );
  expect(hostSiteUrl({ URL: 'https://not-netlify.example' })).toBeUndefined();
  expect(hostSiteUrl({ VERCEL: '1', VERCEL_PROJECT_PRODUCTION_URL: 'letopis.vercel.app' })).toBe(
    'https://letopis.vercel.app',
  );
});
