/**
 * What a build wrote: pages (index.html files), all files, bytes, the search index's share,
 * and what one article page costs a reader: gzipped HTML plus its stylesheets, and how many
 * scripts it loads before search is opened.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface OutputStats {
  pages: number;
  files: number;
  bytes: number;
  searchIndexFiles: number;
  searchIndexBytes: number;
  /** The biggest file in the search index folder(s), which a search may have to fetch. */
  largestIndexFile: { path: string; bytes: number } | null;
  articlePage: { path: string; gzipHtmlCssBytes: number; scripts: number } | null;
}

/** Every file under `dir`, relative, with `/` separators. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => statSync(join(dir, name)).isFile())
    .map((name) => name.split('\\').join('/'))
    .sort();
}

const ARTICLE_PAGE = /^\d{4}\/\d{2}\/\d{2}\/[^/]+\/index\.html$/;
const INDEX_FOLDER = /(^|\/)pagefind\//;

export function outputStats(dist: string): OutputStats {
  const files = listFiles(dist);
  let bytes = 0;
  let searchIndexFiles = 0;
  let searchIndexBytes = 0;
  let largestIndexFile: OutputStats['largestIndexFile'] = null;
  for (const file of files) {
    const size = statSync(join(dist, file)).size;
    bytes += size;
    if (INDEX_FOLDER.test(file)) {
      searchIndexFiles += 1;
      searchIndexBytes += size;
      if (!largestIndexFile || size > largestIndexFile.bytes) largestIndexFile = { path: file, bytes: size };
    }
  }
  const article = files.find((file) => ARTICLE_PAGE.test(file));
  return {
    pages: files.filter((file) => file.endsWith('.html')).length,
    files: files.length,
    bytes,
    searchIndexFiles,
    searchIndexBytes,
    largestIndexFile,
    articlePage: article ? articlePageCost(dist, article) : null,
  };
}

/** Gzipped size of an article page's HTML and the stylesheets it links, and its script count. */
export function articlePageCost(
  dist: string,
  page: string,
): { path: string; gzipHtmlCssBytes: number; scripts: number } {
  const html = readFileSync(join(dist, page), 'utf8');
  const stylesheets = [...html.matchAll(/<link[^>]+rel="?stylesheet"?[^>]*>/g)]
    .map(([tag]) => /href="([^"]+)"/.exec(tag)?.[1])
    .filter((href): href is string => !!href && href.startsWith('/'));
  const cssBytes = stylesheets.reduce(
    (sum, href) =>
      sum + gzipSync(readFileSync(join(dist, href.replace(/^\/+/, '').split('?')[0] ?? ''))).length,
    0,
  );
  return {
    path: `/${page.replace(/index\.html$/, '')}`,
    gzipHtmlCssBytes: gzipSync(html).length + cssBytes,
    // JSON-LD blocks are data, not scripts: only what the browser would run counts.
    scripts: (html.match(/<script\b(?![^>]*application\/ld\+json)/g) ?? []).length,
  };
}
