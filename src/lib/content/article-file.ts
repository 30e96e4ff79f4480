/**
 * Reading and parsing one article file, the only place that does (read-content.ts calls it for
 * the whole folder, the loader for a file `astro dev` saw change): its bytes are digested, its
 * frontmatter parsed as YAML and by the article schema, its body kept as bytes in the build's
 * text pool. Every read is counted (read-tally.ts).
 *
 * The frontmatter is parsed with js-yaml: ~12× faster than the `yaml` package on article
 * frontmatter (5,000 articles: 0.07–0.16 s against 1.0–1.4 s, the same values for every
 * fixture), which matters because every file is parsed on every build. Where js-yaml refuses
 * a block (an empty one, a control character in a quoted title, any alias: frontmatter needs
 * none, and a billion-laughs one would expand) the `yaml` package, the project's YAML parser
 * everywhere else, decides, with its limit on aliases, and words the error.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { load as loadYaml } from 'js-yaml';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { z } from 'astro/zod';
import { articleSchema } from '../../schemas/article.ts';
import { splitFrontmatter } from '../markdown/front-matter.ts';
import { countRead } from './read-tally.ts';
import type { TextPool, TextRef } from './text-pool.ts';

/** An article's frontmatter after its schema: dates parsed, references as plain ids. */
export type ArticleData = z.infer<typeof articleSchema>;

/** What an article file's frontmatter turned out to be. */
export type Frontmatter =
  | { kind: 'missing' }
  | { kind: 'invalid'; message: string }
  | {
      kind: 'parsed';
      /** The YAML as written, for Astro's own schema (content.config.ts). */
      raw: unknown;
      /** The same checked by the article schema (src/schemas/article.ts). */
      result: z.ZodSafeParseResult<ArticleData>;
    };

/** One article file, read and parsed. */
export interface ArticleFile {
  /** Its path under the articles folder, with `/`: `2022/05/12-slug.md`. */
  file: string;
  /** The absolute path. */
  path: string;
  /** The path without `.md`: the id Astro gives the entry. */
  id: string;
  /** Hex SHA-1 of the file: what every cache of something made from the file is keyed by. */
  digest: string;
  frontmatter: Frontmatter;
  /** The Markdown after the frontmatter, in the text pool. */
  body: TextRef;
  /** The line of the file the body starts on. */
  bodyLine: number;
}

/** Whether a path under the articles folder is an article: Markdown, nothing starting with `_`. */
export function isArticleFile(relativePath: string): boolean {
  return relativePath.endsWith('.md') && !relativePath.split('/').some((part) => part.startsWith('_'));
}

/** What an articles folder holds, each path relative to it (with `/`), in path order. */
export interface ArticleListing {
  /** The article files. */
  files: string[];
  /** Markdown files the archive leaves out for their extension (`.markdown`, `.MD`). */
  misnamed: string[];
  /** Folders named like an article file, which a build must not try to read. */
  folders: string[];
}

/** Other spellings of a Markdown file's extension, which the archive would silently skip. */
const MARKDOWN_LOOKALIKE = /\.(?:md|markdown|mdown|mdwn|mkdn|mkd)$/i;

/** Lists `articlesRoot`: its article files, and what looks like one but is not read. */
export function listArticleFolder(articlesRoot: string): ArticleListing {
  if (!existsSync(articlesRoot)) return { files: [], misnamed: [], folders: [] };
  const entries = readdirSync(articlesRoot, { recursive: true, withFileTypes: true }).map((entry) => ({
    name: relative(articlesRoot, join(entry.parentPath, entry.name)).split(sep).join('/'),
    folder: entry.isDirectory(),
  }));
  const names = entries.filter((entry) => !entry.folder).map((entry) => entry.name);
  return {
    files: names.filter(isArticleFile).sort(),
    misnamed: names
      .filter((name) => MARKDOWN_LOOKALIKE.test(name) && !name.endsWith('.md'))
      .filter((name) => isArticleFile(name.replace(MARKDOWN_LOOKALIKE, '.md')))
      .sort(),
    folders: entries
      .filter((entry) => entry.folder && isArticleFile(entry.name))
      .map((entry) => entry.name)
      .sort(),
  };
}

/** Article files under `articlesRoot`, relative to it (with `/`), in path order. */
export function listArticleFiles(articlesRoot: string): string[] {
  return listArticleFolder(articlesRoot).files;
}

/** Reads and parses `file` (under `articlesRoot`), its body into `texts`. */
export function readArticleFile(articlesRoot: string, file: string, texts: TextPool): ArticleFile {
  const path = join(articlesRoot, file);
  // Synchronous: Node's promise API costs several thread-pool round trips per file (20,000
  // articles read one after another: 4.6 s, against 0.5 s; docs/decisions/0011).
  const bytes = readFileSync(path);
  const source = bytes.toString('utf8');
  const { frontmatter, body } = splitFrontmatter(source);
  countRead(path, true);
  const head = source.slice(0, source.length - body.length);
  return {
    file,
    path,
    id: file.replace(/\.md$/, ''),
    digest: createHash('sha1').update(bytes).digest('hex'),
    frontmatter: parseFrontmatter(frontmatter),
    // Encoded again rather than sliced: a byte that is not UTF-8 decodes to one character of three bytes.
    body: texts.add(Buffer.from(body, 'utf8')),
    bodyLine: head.split('\n').length,
  };
}

function parseFrontmatter(yaml: string | undefined): Frontmatter {
  if (yaml === undefined) return { kind: 'missing' };
  let raw: unknown;
  try {
    raw = loadYaml(yaml, { maxAliases: 0 });
  } catch {
    try {
      raw = parseYaml(yaml, { prettyErrors: true });
    } catch (error) {
      return { kind: 'invalid', message: yamlMessage(error) };
    }
  }
  return { kind: 'parsed', raw, result: articleSchema.safeParse(raw ?? {}, { reportInput: true }) };
}

/** The first line of a YAML error, which names the line and column. */
export function yamlMessage(error: unknown): string {
  if (error instanceof YAMLParseError) return error.message.split('\n')[0] ?? error.message;
  return error instanceof Error ? error.message : String(error);
}
