/**
 * The articles collection's loader: one entry per `YYYY/MM/DD-<slug>.md` under the content
 * folder, holding its frontmatter (parsed by the collection's schema), its digest and its
 * file, and nothing else. Astro's `glob()` loader would also render every body into the
 * content store, which Astro serialises, reloads for every build and keeps in memory while
 * pages render (94 MB of JSON at 20,000 articles); here pages render the body they show when
 * they are built (src/data/prepared-articles.ts), and a rebuild renders only the pages it needs.
 * Unchanged files (same digest) keep their entry; in `astro dev` the folder is watched.
 */
import { readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { parse as parseYaml } from 'yaml';
import { fileDigest, isArticleFile, listArticleFiles } from '../lib/content/read-content.ts';
import { splitFrontmatter } from '../lib/markdown/front-matter.ts';

const posix = (path: string) => path.split(sep).join('/');

/** The loader for the articles under `base` (a folder relative to the project root). */
export function articleFiles(base: string): Loader {
  return {
    name: 'letopis:article-files',
    load: async (context: LoaderContext) => {
      const { store, config, watcher, logger } = context;
      const projectRoot = fileURLToPath(config.root);
      const root = resolve(projectRoot, base);
      const idOf = (file: string) => file.replace(/\.md$/, '');

      async function sync(file: string): Promise<void> {
        const filePath = join(root, file);
        // Synchronous: Node's promise API costs several thread-pool round trips per file (20,000
        // articles read one after another: 4.6 s, against 0.5 s synchronously).
        const source = readFileSync(filePath, 'utf8');
        const id = idOf(file);
        // The same digest as the search job's, so the pages can take what it prepared.
        const digest = fileDigest(source);
        if (store.get(id)?.digest === digest) return;
        const { frontmatter } = splitFrontmatter(source);
        const raw = (parseYaml(frontmatter ?? '') ?? {}) as Record<string, unknown>;
        const data = await context.parseData({ id, data: raw, filePath });
        store.set({ id, data, digest, filePath: posix(relative(projectRoot, filePath)) });
      }

      const files = listArticleFiles(root);
      const present = new Set(files.map(idOf));
      for (const id of store.keys()) if (!present.has(id)) store.delete(id);
      for (const file of files) await sync(file);

      if (!watcher) return;
      watcher.add(root);
      const articleFile = (path: string) => {
        const file = posix(relative(root, path));
        return !file.startsWith('../') && isArticleFile(file) ? file : undefined;
      };
      const reload = (path: string) => {
        const file = articleFile(path);
        if (!file) return;
        sync(file).then(
          () => logger.info(`Reloaded ${base}/${file}`),
          (error: unknown) => logger.error(`Failed to reload ${base}/${file}: ${String(error)}`),
        );
      };
      watcher.on('add', reload);
      watcher.on('change', reload);
      watcher.on('unlink', (path) => {
        const file = articleFile(path);
        if (file) store.delete(idOf(file));
      });
    },
  };
}
