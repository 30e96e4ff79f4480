/**
 * Which files of a built site a page loads: the stylesheets and scripts its HTML references and
 * the modules those scripts import. Pure functions over strings; the caller reads the files.
 */
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { init, parse } from 'es-module-lexer';

/** What a page's HTML pulls in: URLs as written, and the code inlined in it. */
export interface PageReferences {
  stylesheets: string[];
  scripts: string[];
  inlineScripts: string[];
}

/** Stylesheets (`<link rel=stylesheet>`), scripts (`<script src>`, module preloads), inline scripts. */
export function pageReferences(html: string): PageReferences {
  const tree = fromHtml(html);
  const attribute = (selector: string, name: string) =>
    selectAll(selector, tree).flatMap((element) => {
      const value = element.properties[name];
      return typeof value === 'string' ? [value] : [];
    });
  return {
    stylesheets: attribute('link[rel~=stylesheet][href]', 'href'),
    scripts: [...attribute('script[src]', 'src'), ...attribute('link[rel~=modulepreload][href]', 'href')],
    inlineScripts: selectAll('script:not([src])', tree)
      .filter((script) => !isDataScript(script.properties['type']))
      .map((script) => script.children.map((child) => (child.type === 'text' ? child.value : '')).join('')),
  };
}

/** JSON-LD and other data blocks are not code the browser runs. */
function isDataScript(type: unknown): boolean {
  return typeof type === 'string' && type !== 'module' && !/javascript|ecmascript/i.test(type);
}

/** Module specifiers a script imports statically or with a literal `import('…')`. */
export async function moduleImports(code: string): Promise<string[]> {
  await init();
  const [imports] = parse(code);
  // A template literal with `${…}` is a computed URL (the lexer reports it as a glob): list
  // such files in the budget's `alsoLoads` instead.
  const literal = imports.filter(
    (entry) => entry.type !== 'import-meta' && !(entry.type === 'dynamic' && entry.glob),
  );
  return literal.flatMap((entry) => (entry.specifier ? [entry.specifier] : []));
}

/**
 * The path of a site file below the output folder, for a URL a page at `pageUrl` references,
 * or undefined when the URL is on another origin. `base` is the site's base path ('/' or
 * '/archive/').
 */
export function siteFilePath(reference: string, pageUrl: URL, base = '/'): string | undefined {
  const url = new URL(reference, pageUrl);
  if (url.origin !== pageUrl.origin) return undefined;
  const path = decodeURIComponent(url.pathname);
  const inSite = path.startsWith(base) ? path.slice(base.length) : path.replace(/^\//, '');
  return inSite === '' || inSite.endsWith('/') ? `${inSite}index.html` : inSite;
}
