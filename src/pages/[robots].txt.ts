/** robots.txt, pointing at the sitemap under this build's site and base. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { robotsTxt } from '../lib/seo/robots.ts';
import { siteUrl } from '../lib/seo/absolute-url.ts';
import { onePath } from '../data/one-path.ts';

// A dynamic route with one path, so that the file has a cacheKey: its text.
export const getStaticPaths = (() => {
  const text = robotsTxt(siteUrl('/sitemap-index.xml'));
  return onePath({ robots: 'robots' }, text, { text });
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ text: string }> = ({ props }) =>
  new Response(props.text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
