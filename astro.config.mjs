// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { contentGuard } from './src/integrations/content-guard.ts';
import { pagefindSearch } from './src/integrations/pagefind.ts';
import { deployOutput } from './src/integrations/deploy-output.ts';
import { freshOutput } from './src/integrations/fresh-output.ts';
import { cachedPages } from './src/integrations/cached-pages.ts';
import { readMovedPages } from './src/lib/deploy/moved-pages.ts';
import { lastmodOf, publishedLastmod } from './src/lib/seo/lastmod.ts';
import { dropShellVariables, settings } from './src/settings.ts';

// Before Astro reads the environment: `_` would make every rebuild started another way a full one.
dropShellVariables();

// Every variable is checked here, at start: a bad one stops the build with its fix.
const {
  LETOPIS_CONTENT: content,
  LETOPIS_OUT_DIR,
  LETOPIS_CACHE_DIR,
  SITE_URL: site,
  BASE_PATH: base,
} = settings();
// Old addresses of merged people and places: redirect pages, not pages for crawlers.
const moved = new Set(readMovedPages(content).map((move) => move.from));

export default defineConfig({
  site,
  base,
  // Another content root (the test fixtures, a benchmark corpus) builds into its own folders
  // (src/settings.ts), so it never mixes with the real archive's output or content cache.
  outDir: LETOPIS_OUT_DIR,
  cacheDir: LETOPIS_CACHE_DIR,
  trailingSlash: 'always',
  vite: {
    build: {
      rollupOptions: {
        // Pages with a rest parameter (`[...page].astro`) would name their chunks `_...page_`:
        // a name with `..` that some servers refuse as a path outside the site.
        // Rollup's own rule (characters unsafe in a URL made `_`; names hold no control
        // characters), and dot runs too.
        output: {
          sanitizeFileName: (name) => name.replace(/["#$%&*+,:;<=>?[\]^`{|}]/g, '_').replace(/\.{2,}/g, '_'),
        },
      },
    },
  },
  // Stylesheets as files, never inline: the Content-Security-Policy allows styles from 'self' only.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // No `markdown` here: no page renders through Astro's Markdown pipeline (no `.md` page, no
  // body in the content store); article bodies go through src/lib/markdown/render-article.ts.
  // Rebuilds skip article pages whose `cacheKey` (src/lib/cache-key.ts) and code are unchanged.
  experimental: { incrementalBuild: true },
  integrations: [
    contentGuard(content),
    // The reused pages are linked in, not copied, each checked against its digest first.
    cachedPages(),
    // The search page is reached through the search form, not a link: not a page for crawlers.
    // <lastmod> is the last change of the page's articles (src/lib/seo/lastmod.ts).
    sitemap({
      filter: (page) => {
        const path = new URL(page).pathname;
        // Nor is the "not found" page, written to 404/ and moved to 404.html when the build is done.
        return (
          !path.endsWith('/search/') && !path.endsWith('/404/') && !moved.has(`/${path.slice(base.length)}`)
        );
      },
      serialize: (item) => {
        const lastmod = site && lastmodOf(publishedLastmod(), item.url, new URL(base, site).href);
        return lastmod ? { ...item, lastmod } : item;
      },
    }),
    // After the content guard: it indexes the content that passed validation.
    pagefindSearch(content),
    // It checks and counts the finished output, Pagefind's included.
    deployOutput(),
    // Last: the build writes into a staging folder, which replaces the output when all is done.
    freshOutput(),
  ],
});
