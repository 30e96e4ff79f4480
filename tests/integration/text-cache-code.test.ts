/**
 * The cache of article texts (src/search/build/article-texts.ts) is dropped when any code that
 * makes a text changes, found from the imports of prepare-article.ts, not from a list kept by
 * hand. A copy of the project changes the footnote label in src/i18n/ru.ts, which the hand-kept
 * list missed: the texts are rendered again and carry the new label.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { makeContent } from '../support/content-fixture.ts';
import { PROJECT_ROOT } from '../support/editorial-cli.ts';

/** Builds the texts of `content` with the code of the project at `project`, keeping `cache`. */
function texts(project: string, content: string, cache: string): { rendered: number; texts: string[] } {
  const result = spawnSync(process.execPath, [join(project, 'texts.ts'), content, cache], {
    encoding: 'utf8',
  });
  expect(result.status, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as { rendered: number; texts: string[] };
}

test('changing a label in src/i18n/ru.ts renders the cached texts again', () => {
  const project = mkdtempSync(join(tmpdir(), 'letopis-project-'));
  cpSync(join(PROJECT_ROOT, 'src'), join(project, 'src'), { recursive: true });
  cpSync(join(PROJECT_ROOT, 'package.json'), join(project, 'package.json'));
  symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(project, 'node_modules'));
  writeFileSync(
    join(project, 'texts.ts'),
    `import { articleTexts } from './src/search/build/article-texts.ts';
import { validateContent } from './src/lib/validation/validate-content.ts';
const [content, cacheFile] = process.argv.slice(2);
const { content: checked, problems } = validateContent(content);
if (problems.length > 0) throw new Error(JSON.stringify(problems));
const { texts, rendered } = articleTexts(checked.articles, checked.texts, { cacheFile, base: '/' });
console.log(JSON.stringify({ rendered, texts: [...texts.values()].map(({ text }) => text) }));
`,
  );
  const content = makeContent();
  mkdirSync(join(content, 'articles/2022/05'), { recursive: true });
  writeFileSync(
    join(content, 'articles/2022/05/13-snoska.md'),
    '---\ntitle: Материал со сноской\ndate: 2022-05-13\nsource: tass\n---\n\nТекст со сноской[^1].\n\n[^1]: Сама сноска.\n',
  );
  const cache = join(project, 'cache', 'article-texts.json');

  const first = texts(project, content, cache);
  expect(first.rendered).toBe(2);
  expect(first.texts.join('\n')).toContain('Примечания');
  expect(texts(project, content, cache).rendered).toBe(0);

  const dictionary = join(project, 'src/i18n/ru.ts');
  writeFileSync(
    dictionary,
    readFileSync(dictionary, 'utf8').replace("footnotesLabel: 'Примечания'", "footnotesLabel: 'Сноски'"),
  );
  const changed = texts(project, content, cache);
  expect(changed.rendered).toBe(2);
  expect(changed.texts.join('\n')).toContain('Сноски');
  expect(changed.texts.join('\n')).not.toContain('Примечания');
}, 60_000);
