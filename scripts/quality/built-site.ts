/**
 * Reads a built site (the output folder) the way a browser would load it: a page's HTML, the
 * stylesheets and scripts it references, the modules those import, the font files.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { moduleImports, pageReferences, siteFilePath } from './page-assets.ts';
import { compressedSize, type CompressedSize } from './sizes.ts';

/** One file (or inline block) and its sizes. */
export interface MeasuredFile extends CompressedSize {
  file: string;
}

export class BuiltSite {
  // Any origin works: references are resolved against it and mapped back to files.
  private readonly origin = 'http://site.invalid';

  readonly outDir: string;

  constructor(outDir: string) {
    this.outDir = outDir;
    if (!existsSync(join(outDir, 'index.html'))) {
      throw new Error(`${outDir}/index.html not found: build the site first (npm run build).`);
    }
  }

  /** The HTML of a page, or an error naming the page that is not in the build. */
  pageHtml(path: string): string {
    const file = this.fileOf(path, new URL(this.origin));
    if (!existsSync(join(this.outDir, file))) {
      throw new Error(`page ${path} is not in the build (${this.outDir}/${file} does not exist)`);
    }
    return readFileSync(join(this.outDir, file), 'utf8');
  }

  /** The page's HTML and every stylesheet it links. */
  htmlAndCss(path: string): MeasuredFile[] {
    const html = this.pageHtml(path);
    const pageUrl = new URL(path, this.origin);
    const styles = pageReferences(html).stylesheets.map((href) => this.measure(this.fileOf(href, pageUrl)));
    return [{ file: this.fileOf(path, pageUrl), ...compressedSize(html) }, ...styles];
  }

  /** Every script the page runs on load: inline ones, referenced ones and their imports. */
  async javascript(path: string, alsoLoads: readonly string[] = []): Promise<MeasuredFile[]> {
    const pageUrl = new URL(path, this.origin);
    const references = pageReferences(this.pageHtml(path));
    const inline = references.inlineScripts.map((code, index) => ({
      file: `${path} <script> #${index + 1}`,
      ...compressedSize(code),
    }));
    const pending = [...references.scripts, ...alsoLoads].map((src) => new URL(src, pageUrl));
    for (const code of references.inlineScripts) {
      pending.push(...(await moduleImports(code)).map((specifier) => new URL(specifier, pageUrl)));
    }
    const seen = new Map<string, MeasuredFile>();
    for (let url = pending.shift(); url; url = pending.shift()) {
      const file = this.fileOf(url.href, pageUrl);
      if (seen.has(file)) continue;
      const measured = this.measure(file);
      seen.set(file, measured);
      const code = readFileSync(join(this.outDir, file), 'utf8');
      pending.push(...(await moduleImports(code)).map((specifier) => new URL(specifier, url)));
    }
    return [...inline, ...seen.values()];
  }

  /** Every `.woff2` file in the build. */
  fonts(): MeasuredFile[] {
    const files = readdirSync(this.outDir, { recursive: true, encoding: 'utf8' });
    return files.filter((file) => file.endsWith('.woff2')).map((file) => this.measure(file));
  }

  private fileOf(reference: string, pageUrl: URL): string {
    const file = siteFilePath(reference, pageUrl);
    if (file === undefined)
      throw new Error(`${reference} is on another origin; budgets measure only the site's files`);
    return file;
  }

  private measure(file: string): MeasuredFile {
    const path = join(this.outDir, file);
    if (!existsSync(path)) throw new Error(`${file} is referenced but missing from ${this.outDir}`);
    return { file, ...compressedSize(readFileSync(path)) };
  }
}
