// @ts-check
import { defineConfig } from 'astro/config';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import { contentRoot } from './src/lib/content-root.ts';
import { contentGuard } from './src/integrations/content-guard.ts';
import { pagefindSearch } from './src/integrations/pagefind.ts';
import { escapeRawHtml, russianTypography } from './src/lib/markdown/satteri-plugins.ts';
import { ui } from './src/i18n/ru.ts';

const content = contentRoot();

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  // Another content root (the test fixtures, a benchmark corpus) builds into its own folders,
  // so it never mixes with the real archive's output or content cache.
  outDir: process.env.LETOPIS_OUT_DIR ?? 'dist',
  // LETOPIS_CACHE_DIR lets the benchmark keep its cache inside its own temporary folder.
  cacheDir: process.env.LETOPIS_CACHE_DIR ?? (content === 'content' ? './node_modules/.astro' : `./node_modules/.astro-${content.replace(/[^a-z0-9]+/gi, '-')}`),
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    processor: satteri({
      features: {
        // Smart quotes are English-only; Typograf sets Russian ones at render time instead.
        smartPunctuation: false,
        gfm: { footnotes: { label: ui.footnotesLabel, backLabel: ui.footnoteBackLabel } },
      },
      mdastPlugins: [escapeRawHtml],
      hastPlugins: [russianTypography],
    }),
  },
  // Rebuilds skip article pages whose `cacheKey` (src/lib/cache-key.ts) and code are unchanged.
  experimental: { incrementalBuild: true },
  // The search page is reached through the search form, not a link: not a page for crawlers.
  integrations: [contentGuard(content), sitemap({ filter: (page) => !new URL(page).pathname.endsWith('/search/') }), pagefindSearch()],
});
