import { describe, expect, it } from 'vitest';
import { base, site } from 'astro:config/client';
import { absoluteUrl, siteUrl } from '../../../src/lib/seo/absolute-url.ts';

describe('absoluteUrl', () => {
  it('puts the site in front of a path at the root', () => {
    expect(absoluteUrl('/rss.xml', 'https://example.org', '/')).toBe('https://example.org/rss.xml');
  });

  it('keeps the base of a sub-path deploy', () => {
    expect(absoluteUrl('/people/sergey-lavrov/', 'https://example.org', '/letopis/')).toBe(
      'https://example.org/letopis/people/sergey-lavrov/',
    );
    expect(absoluteUrl('/', 'https://example.org/', '/letopis')).toBe('https://example.org/letopis/');
  });

  it('ignores a path on the site: the base says where the archive lives', () => {
    expect(absoluteUrl('/feed.json', 'https://example.org/other/', '/letopis/')).toBe(
      'https://example.org/letopis/feed.json',
    );
  });
});

describe('siteUrl', () => {
  it('uses the site and base of the Astro config', () => {
    expect(siteUrl('/rss.xml')).toBe(new URL(`${base.replace(/\/?$/, '/')}rss.xml`, site).href);
  });
});
