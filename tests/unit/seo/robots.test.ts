import { describe, expect, it } from 'vitest';
import { robotsTxt } from '../../../src/lib/seo/robots.ts';

describe('robotsTxt', () => {
  it('allows everything and names the sitemap by its absolute URL', () => {
    expect(robotsTxt('https://example.org/letopis/sitemap-index.xml')).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://example.org/letopis/sitemap-index.xml\n',
    );
  });
});
