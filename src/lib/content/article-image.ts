/**
 * The picture file an article names in `image.src`: where it is (relative to the article's
 * file, never outside the content folder), its size in pixels, its type and digest. Read from
 * the file's header with `image-size`, so pages can give `<img>` and `og:image` their width and
 * height without decoding the picture.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { imageSize } from 'image-size';

/** Smallest side a picture may have: link previews drop pictures under 200 × 200. */
export const MIN_IMAGE_SIDE = 200;

const MEDIA_TYPES: Record<string, string> = { jpg: 'image/jpeg', png: 'image/png', webp: 'image/webp' };

/** A picture file as pages use it. */
export interface ImageFile {
  /** Absolute path on disk. */
  path: string;
  /** The file's own name, which it keeps on the site: `12-severny-potok.jpg`. */
  name: string;
  width: number;
  height: number;
  /** `image/jpeg`, `image/png` or `image/webp`. */
  mediaType: string;
  bytes: number;
  /** A digest of the file's bytes: a changed picture changes the pages that show it. */
  digest: string;
}

/**
 * The absolute path of `src` for the article at `articleFile` (relative to `articlesRoot`), or
 * undefined when it points outside the content folder `contentRoot`.
 */
export function imagePath(
  contentRoot: string,
  articlesRoot: string,
  articleFile: string,
  src: string,
): string | undefined {
  const path = resolve(dirname(join(articlesRoot, articleFile)), src);
  const inside = relative(resolve(contentRoot), path);
  return inside === '' || inside.startsWith(`..${sep}`) || inside === '..' || isAbsolute(inside)
    ? undefined
    : path;
}

/** Reads the picture at `path`; a string says what is wrong with it. */
export function readImageFile(path: string): ImageFile | string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    return 'the file does not exist';
  }
  let size: ReturnType<typeof imageSize>;
  try {
    size = imageSize(bytes);
  } catch {
    return 'the file is not a picture (JPEG, PNG or WebP) that can be read';
  }
  const mediaType = MEDIA_TYPES[size.type ?? ''];
  if (!mediaType) return `the file is a ${size.type ?? 'unknown'} picture, not JPEG, PNG or WebP`;
  const rotated = (size.orientation ?? 0) >= 5;
  const width = rotated ? size.height : size.width;
  const height = rotated ? size.width : size.height;
  if (width < MIN_IMAGE_SIDE || height < MIN_IMAGE_SIDE)
    return `the picture is ${width} × ${height} pixels, smaller than ${MIN_IMAGE_SIDE} × ${MIN_IMAGE_SIDE}`;
  return {
    path,
    name: path.split(sep).at(-1) ?? path,
    width,
    height,
    mediaType,
    bytes: bytes.length,
    digest: createHash('sha256').update(bytes).digest('base64url').slice(0, 16),
  };
}
