/** robots.txt: everything may be crawled; the sitemap is named by its absolute URL. */

/** The text of robots.txt for a sitemap address. */
export function robotsTxt(sitemapUrl: string): string {
  return ['User-agent: *', 'Allow: /', '', `Sitemap: ${sitemapUrl}`, ''].join('\n');
}
