/**
 * The floor the build is measured against: the smallest Astro 7 site that serves the same
 * articles, one page per article (rendered by Astro's default Markdown processor, Satteri, as
 * Letopis's are) and an index page linking them all, written into the benchmark's temporary
 * folder. Indexed afterwards by the stock Pagefind CLI (`pagefind --site`), it is what any
 * static news archive of this corpus would cost on this machine at this moment.
 *
 * The files are written by code, not kept as a template in the tree, so that the project's
 * lint and `astro check` never mistake them for Letopis's own pages.
 *
 * From {@link CHUNKED_STORAGE_FROM} articles the site keeps its collection in Astro's chunked
 * storage (`experimental.collectionStorage`), as any bare site of that size must: at 100,000
 * articles the single-file store (bodies and rendered HTML) is one string too long for Vite's
 * bundler ("Failed to convert rust `&str` into napi `string`"). Letopis's own store holds
 * frontmatter and a digest only, so it never needs it.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Articles from which the floor's collection is stored in chunks. */
export const CHUNKED_STORAGE_FROM = 50_000;

/**
 * The floor site's files, by path inside its folder; `articles` is the corpus's article folder
 * and `count` the number of articles in it.
 */
export function floorSiteFiles(articles: string, count: number): Record<string, string> {
  return {
    'package.json': `${JSON.stringify({ name: 'letopis-floor', private: true, type: 'module' }, null, 2)}\n`,
    // Its caches stay in its own folder (node_modules is the project's, linked).
    'astro.config.mjs': [
      "import { defineConfig } from 'astro/config';",
      '',
      'export default defineConfig({',
      "  cacheDir: './cache',",
      "  trailingSlash: 'always',",
      "  vite: { cacheDir: './cache/vite' },",
      ...(count >= CHUNKED_STORAGE_FROM ? ["  experimental: { collectionStorage: 'chunked' },"] : []),
      '});',
      '',
    ].join('\n'),
    'src/content.config.ts': [
      "import { defineCollection } from 'astro:content';",
      "import { glob } from 'astro/loaders';",
      '',
      'export const collections = {',
      `  articles: defineCollection({ loader: glob({ base: ${JSON.stringify(articles)}, pattern: '**/*.md' }) }),`,
      '};',
      '',
    ].join('\n'),
    'src/layouts/Page.astro': [
      '---',
      'const { title } = Astro.props;',
      '---',
      '<html lang="ru">',
      '  <head><meta charset="utf-8" /><title>{title}</title></head>',
      '  <body><main><h1>{title}</h1><slot /></main></body>',
      '</html>',
      '',
    ].join('\n'),
    'src/pages/[...slug].astro': [
      '---',
      "import { getCollection, render } from 'astro:content';",
      "import Page from '../layouts/Page.astro';",
      '',
      'export async function getStaticPaths() {',
      "  const articles = await getCollection('articles');",
      '  return articles.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));',
      '}',
      'const { entry } = Astro.props;',
      'const { Content } = await render(entry);',
      '---',
      '<Page title={entry.data.title}><Content /></Page>',
      '',
    ].join('\n'),
    'src/pages/index.astro': [
      '---',
      "import { getCollection } from 'astro:content';",
      "import Page from '../layouts/Page.astro';",
      '',
      "const articles = (await getCollection('articles')).sort((a, b) => (a.id < b.id ? 1 : -1));",
      '---',
      '<Page title="Архив">',
      '  <ul>{articles.map((entry) => <li><a href={`/${entry.id}/`}>{entry.data.title}</a></li>)}</ul>',
      '</Page>',
      '',
    ].join('\n'),
  };
}

/** Writes the floor site of `count` articles into `folder`, its `node_modules` a link to the project's. */
export function writeFloorSite(folder: string, articles: string, count: number, projectRoot: string): void {
  for (const [path, text] of Object.entries(floorSiteFiles(articles, count))) {
    const file = join(folder, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  symlinkSync(join(projectRoot, 'node_modules'), join(folder, 'node_modules'), 'dir');
}
