/** The settings of the committed example configs (deploy/nginx/letopis.conf), shared by the generator and its test. */
import type { NginxSiteOptions } from './nginx-config.ts';

export const COMMITTED_NGINX: Required<Omit<NginxSiteOptions, 'moves'>> = {
  base: '/',
  root: '/var/www/letopis',
  listen: '80',
  serverName: 'archive.example.org',
  // The example site is https://archive.example.org (TLS added as the operator's server does it).
  https: true,
};
