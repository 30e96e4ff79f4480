// @ts-check
/**
 * The site's Astro config with one more integration that reads every article file of
 * `LETOPIS_CONTENT` itself, as a module that bypassed the content reader would: the build
 * tests/integration/content-read-once.test.ts runs with it must see each file read twice.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import config from '../../astro.config.mjs';
import { settings } from '../../src/settings.ts';

const articles = resolve(settings().LETOPIS_CONTENT, 'articles');

export default {
  ...config,
  integrations: [
    ...(config.integrations ?? []),
    {
      name: 'test:second-reader',
      hooks: {
        'astro:config:setup': () => {
          for (const file of readdirSync(articles, { recursive: true, encoding: 'utf8' }))
            if (file.endsWith('.md')) readFileSync(join(articles, file), 'utf8');
        },
      },
    },
  ],
};
