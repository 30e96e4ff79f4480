// @ts-check
/**
 * ESLint flat config: typed lint for TypeScript (typescript-eslint with the project service, so
 * rules see the same types as `astro check`) and eslint-plugin-astro for components.
 * Formatting is Prettier's job, so no stylistic rules here.
 */
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    // Build output, caches and test reports: generated, never edited by hand.
    ignores: [
      'dist/',
      'dist-*/',
      '.astro/',
      '.tmp/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'lighthouse-reports/',
      '.letopis-old-*/',
      '.letopis-new-*/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  astro.configs['flat/recommended'],
  {
    languageOptions: {
      ecmaVersion: 'latest',
      sourceType: 'module',
      globals: { ...globals.node },
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
        extraFileExtensions: ['.astro'],
      },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // `_name` marks a parameter a callback signature forces on us but we do not use.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // Type-only imports vanish at build time; verbatimModuleSyntax in tsconfig requires them.
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    // Search code is split by where it runs: `client/` in the browser (the search page's
    // script), `build/` in Node during the build, `shared/` on both sides (formats and helpers).
    // Neither side may import the other, so browser code never pulls in build code and build
    // code never depends on the page's (tests/unit/search/layout.test.ts shows the rule firing).
    // Import circles are checked by that test, not by `import-x/no-cycle`: the rule skips
    // type-only imports, and the circle it would have had to catch was one.
    files: ['src/search/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createNodeResolver()] },
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          basePath: import.meta.dirname,
          zones: [
            {
              target: 'src/search/client',
              from: 'src/search/build',
              message: 'Browser code must not import build code: move what both need to src/search/shared/.',
            },
            {
              target: 'src/search/build',
              from: 'src/search/client',
              message: 'Build code must not import browser code: move what both need to src/search/shared/.',
            },
            {
              target: 'src/search/shared',
              from: ['src/search/client', 'src/search/build'],
              message:
                'Shared search code imports only shared code: it runs in the browser and in the build.',
            },
          ],
        },
      ],
    },
  },
  {
    // These run in the browser: no Node built-ins (`node:fs`, `path`…).
    files: ['src/search/client/**/*.ts', 'src/search/shared/**/*.ts'],
    rules: { 'import-x/no-nodejs-modules': 'error' },
  },
  {
    // Components: astro-eslint-parser cannot use the project service; it builds its own
    // TypeScript program from tsconfig.json (`project: true`), so typed rules still apply.
    files: ['**/*.astro'],
    languageOptions: { parserOptions: { projectService: false, project: true } },
    rules: {
      // The parser's TypeScript program lacks what Astro's language server infers: `Astro.props`
      // typed from getStaticPaths, types exported by other `.astro` files, template markup
      // returned from `.map()`. It types those as `error`, so the no-unsafe-* rules report
      // correct code. `astro check` type-checks components strictly and is the gate for them.
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    // Scripts inside `<script>` tags of components run in the browser; they are virtual files
    // no TypeScript program contains, so type-aware rules cannot run on them.
    files: ['**/*.astro/*.js', '**/*.astro/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
    ...tseslint.configs.disableTypeChecked,
  },
);
