/** robots.txt, pointing at the sitemap under this build's site and base. */
import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/seo/robots.ts';
import { siteUrl } from '../lib/seo/absolute-url.ts';

export const GET: APIRoute = () =>
  new Response(robotsTxt(siteUrl('/sitemap-index.xml')), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
