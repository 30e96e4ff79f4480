/**
 * The articles already in a content folder, as `npm run entities` reads and rewrites them: each
 * with its people and places and its plain text, and a rewrite of its two lists that changes
 * nothing else in the file (field order, quoting, the body), written atomically.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { isSeq, parseDocument } from 'yaml';
import { parseMarkdown, plainText } from '../markdown/parse.ts';
import { writeArticle } from './content-store.ts';

/** One article of the archive. */
export interface ArchiveArticle {
  /** Path under `articles/`. */
  file: string;
  title: string;
  people: string[];
  places: string[];
  /** Title, lead and paragraphs, as plain text. */
  texts: string[];
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---/;

/** Every article under `<root>/articles`, sorted by path; files without front matter are skipped. */
export function readArchiveArticles(root: string): ArchiveArticle[] {
  const folder = join(root, 'articles');
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .map((name) => name.split('\\').join('/'))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .flatMap((file): ArchiveArticle[] => {
      const source = readFileSync(join(folder, file), 'utf8');
      const { frontmatter, body } = parseMarkdown(source);
      if (frontmatter === undefined) return [];
      const data = (parseDocument(frontmatter).toJS() ?? {}) as Record<string, unknown>;
      const strings = (value: unknown) =>
        Array.isArray(value) ? value.filter((item) => typeof item === 'string') : [];
      const text = (value: unknown) => (typeof value === 'string' ? value : '');
      return [
        {
          file,
          title: text(data['title']),
          people: strings(data['people']),
          places: strings(data['places']),
          texts: [text(data['title']), text(data['lead']), ...plainText(body).split('\n\n')].filter(Boolean),
        },
      ];
    });
}

/**
 * Rewrites the `people` and `places` lists of one article (atomically), leaving every other
 * byte of the file as it was. Returns false when the lists were already so.
 */
export function rewriteArticleLists(
  root: string,
  file: string,
  lists: { people: string[]; places: string[] },
): boolean {
  const source = readFileSync(join(root, 'articles', file), 'utf8');
  const match = FRONT_MATTER.exec(source);
  if (!match) return false;
  const document = parseDocument(match[1]!);
  let changed = false;
  for (const key of ['people', 'places'] as const) {
    const current = document.get(key);
    const before = isSeq(current) ? (current.toJSON() as string[]) : [];
    if (before.join('\n') === lists[key].join('\n')) continue;
    changed = true;
    if (lists[key].length === 0) document.delete(key);
    else document.set(key, document.createNode(lists[key]));
  }
  if (!changed) return false;
  const yaml = document.toString({ lineWidth: 0 }).replace(/\n$/, '');
  writeArticle(root, file, `---\n${yaml}\n---${source.slice(match[0].length)}`);
  return true;
}
