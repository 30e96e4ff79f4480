/**
 * The layout of src/search holds: no import circles, and the ESLint rule that keeps browser
 * code (`client/`) and build code (`build/`) apart reports an import across, and only that.
 */
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, test } from 'vitest';
import { importCircles, importGraph, readSources } from '../../../src/lib/import-graph.ts';

const root = new URL('../../../', import.meta.url).pathname;

test('src/search has no import circles, type-only imports included', () => {
  const graph = importGraph(readSources(`${root}src/search`, root));
  // The walk saw the real modules and their imports, not an empty folder.
  expect(graph.get('src/search/build/search-lists.ts')).toContain('src/search/build/list-excerpt.ts');
  expect(graph.size).toBeGreaterThan(40);
  expect(importCircles(graph)).toEqual([]);
});

describe('the ESLint rule between client and build', () => {
  // The project's own config; type-aware rules off, since the snippets are files of no program.
  const eslint = new ESLint({
    cwd: root,
    overrideConfig: [{ files: ['**/*.ts'], ...tseslint.configs.disableTypeChecked }],
  });
  const messagesOf = async (filePath: string, code: string) => {
    const [result] = await eslint.lintText(code, { filePath });
    return result!.messages.map((message) => `${message.ruleId}: ${message.message}`);
  };

  test('reports browser code importing build code, type-only too, or a Node built-in', async () => {
    const messages = await messagesOf(
      'src/search/client/x.ts',
      [
        "import { buildSearchLists } from '../build/search-lists.ts';",
        "import type { ListedArticle } from '../build/list-input.ts';",
        "import { readFileSync } from 'node:fs';",
        'export const used: [typeof buildSearchLists, ListedArticle?, typeof readFileSync] = [buildSearchLists, undefined, readFileSync];',
      ].join('\n'),
    );
    expect(messages).toEqual([
      'import-x/no-restricted-paths: Unexpected path "../build/search-lists.ts" imported in restricted zone. Browser code must not import build code: move what both need to src/search/shared/.',
      'import-x/no-restricted-paths: Unexpected path "../build/list-input.ts" imported in restricted zone. Browser code must not import build code: move what both need to src/search/shared/.',
      'import-x/no-nodejs-modules: Do not import Node.js builtin module "node:fs"',
    ]);
  });

  test('reports build code importing browser code, and shared code importing either', async () => {
    expect(
      await messagesOf(
        'src/search/build/x.ts',
        "import { parseState } from '../client/url-state.ts';\nexport const a = parseState;\n",
      ),
    ).toEqual([
      'import-x/no-restricted-paths: Unexpected path "../client/url-state.ts" imported in restricted zone. Build code must not import browser code: move what both need to src/search/shared/.',
    ]);
    expect(
      await messagesOf(
        'src/search/shared/x.ts',
        "import { listsOf } from '../build/search-lists.ts';\nexport const a = listsOf;\n",
      ),
    ).toEqual([
      'import-x/no-restricted-paths: Unexpected path "../build/search-lists.ts" imported in restricted zone. Shared search code imports only shared code: it runs in the browser and in the build.',
    ]);
  });

  test('lets each side import shared code, and build code import Node built-ins', async () => {
    expect(
      await messagesOf(
        'src/search/client/x.ts',
        "import { LISTS_FOLDER } from '../shared/list-format.ts';\nexport const a = LISTS_FOLDER;\n",
      ),
    ).toEqual([]);
    expect(
      await messagesOf(
        'src/search/build/x.ts',
        "import { readFileSync } from 'node:fs';\nimport { LISTS_FOLDER } from '../shared/list-format.ts';\nexport const a = [readFileSync, LISTS_FOLDER];\n",
      ),
    ).toEqual([]);
  });
});
