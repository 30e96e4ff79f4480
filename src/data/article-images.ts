/**
 * The pictures articles carry (`image` in the frontmatter), as pages, feeds and link previews
 * show them: served at the article's own address under the file's name
 * (`/2022/05/12/slug/12-severny-potok.jpg`), with their size, alt text and credit. Each file's
 * header is read once per build.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { root } from 'astro:config/server';
import type { ArchiveArticle } from './archive.ts';
import { settings } from '../settings.ts';
import { imagePath, readImageFile, type ImageFile } from '../lib/content/article-image.ts';
import { memoByObject } from '../lib/memo-by-object.ts';

/** An article's picture, ready to show. */
export interface ArticleImage extends ImageFile {
  /** Site path without the base. */
  sitePath: string;
  alt: string;
  credit: string;
}

/** The article's picture, or undefined when it has none. */
export const imageOf: (article: ArchiveArticle) => ArticleImage | undefined = memoByObject((article) => {
  const image = article.entry.data.image;
  if (!image) return undefined;
  // LETOPIS_CONTENT may be relative to the project or absolute (a test's temporary folder).
  const content = resolve(fileURLToPath(root), settings().LETOPIS_CONTENT);
  const path = imagePath(content, resolve(content, 'articles'), `${article.id}.md`, image.src);
  const file = path === undefined ? `outside the content folder` : readImageFile(path);
  // The content guard has checked the file; this only happens if it changed since.
  if (typeof file === 'string')
    throw new Error(`${article.id}.md: image.src "${image.src}": ${file}. Fix the path or the picture.`);
  return { ...file, sitePath: `${article.path}${file.name}`, alt: image.alt, credit: image.credit };
});
