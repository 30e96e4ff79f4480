/**
 * The articles collection's loader: one entry per `YYYY/MM/DD-<slug>.md` under the content
 * folder, holding its frontmatter (parsed by the collection's schema), its digest and its
 * file, and nothing else. Astro's `glob()` loader would also render every body into the
 * content store, which Astro serialises, reloads for every build and keeps in memory while
 * pages render (94 MB of JSON at 20,000 articles); here pages render the body they show when
 * they are built (src/data/prepared-articles.ts), and a rebuild renders only the pages it needs.
 * The files are read and parsed once, by the content guard (src/lib/content/read-content.ts):
 * this takes its entries from what it read. Unchanged files (same digest) keep their entry; in
 * `astro dev` the folder is watched and a changed file is read again.
 */
import { dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { isArticleFile, type ArticleFile } from '../lib/content/article-file.ts';
import {
  forgetArticleFile,
  publishContent,
  rereadArticleFile,
  takeArticles,
} from '../lib/content/content-registry.ts';
import { readContentFiles } from '../lib/content/read-content.ts';

const posix = (path: string) => path.split(sep).join('/');

/** The loader for the articles under `base` (a folder relative to the project root). */
export function articleFiles(base: string): Loader {
  return {
    name: 'letopis:article-files',
    load: async (context: LoaderContext) => {
      const { store, config, watcher, logger } = context;
      const projectRoot = fileURLToPath(config.root);
      const root = resolve(projectRoot, base);

      async function keep(article: ArticleFile): Promise<void> {
        if (store.get(article.id)?.digest === article.digest) return;
        const { frontmatter } = article;
        if (frontmatter.kind !== 'parsed')
          throw new Error(`${base}/${article.file}: no readable frontmatter; run "npm run check"`);
        const raw = (frontmatter.raw ?? {}) as Record<string, unknown>;
        const data = await context.parseData({ id: article.id, data: raw, filePath: article.path });
        store.set({
          id: article.id,
          data,
          digest: article.digest,
          filePath: posix(relative(projectRoot, article.path)),
        });
      }

      // The content guard read the folder at `astro:config:setup`; read here only without it
      // (or when Astro loads the collection again in `astro dev`).
      let articles = takeArticles(root);
      if (!articles) {
        const files = readContentFiles(dirname(root));
        publishContent({ files });
        articles = files.articles;
      }
      const present = new Set(articles.map((article) => article.id));
      for (const id of store.keys()) if (!present.has(id)) store.delete(id);
      for (const article of articles) await keep(article);

      if (!watcher) return;
      watcher.add(root);
      const articleFile = (path: string) => {
        const file = posix(relative(root, path));
        return !file.startsWith('../') && isArticleFile(file) ? file : undefined;
      };
      const reload = (path: string) => {
        const file = articleFile(path);
        if (!file) return;
        Promise.resolve()
          .then(() => keep(rereadArticleFile(file)))
          .then(
            () => logger.info(`Reloaded ${base}/${file}`),
            (error: unknown) => logger.error(`Failed to reload ${base}/${file}: ${String(error)}`),
          );
      };
      watcher.on('add', reload);
      watcher.on('change', reload);
      watcher.on('unlink', (path) => {
        const file = articleFile(path);
        if (!file) return;
        const id = file.replace(/\.md$/, '');
        forgetArticleFile(id);
        store.delete(id);
      });
    },
  };
}
