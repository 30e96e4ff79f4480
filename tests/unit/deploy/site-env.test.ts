import { describe, expect, test } from 'vitest';
import {
  DEFAULT_SITE_URL,
  hostSiteUrl,
  normalizeBasePath,
  normalizeSiteUrl,
  siteEnv,
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

test('siteEnv reads both variables', () => {
  expect(siteEnv({ SITE_URL: 'https://me.github.io', BASE_PATH: 'letopis' })).toEqual({
    site: 'https://me.github.io',
    base: '/letopis/',
  });
});

test('without SITE_URL, the address Netlify or Vercel announces is used', () => {
  expect(siteEnv({ NETLIFY: 'true', URL: 'https://letopis.netlify.app' }).site).toBe(
    'https://letopis.netlify.app',
  );
  expect(siteEnv({ VERCEL: '1', VERCEL_PROJECT_PRODUCTION_URL: 'letopis.vercel.app' }).site).toBe(
    'https://letopis.vercel.app',
  );
  expect(
    siteEnv({ SITE_URL: 'https://archive.example.org', NETLIFY: 'true', URL: 'https://x.netlify.app' }).site,
  ).toBe('https://archive.example.org');
  expect(hostSiteUrl({ URL: 'https://not-netlify.example' })).toBeUndefined();
});
