// @ts-check
/**
 * ESLint flat config: typed lint for TypeScript (typescript-eslint with the project service, so
 * rules see the same types as `astro check`) and eslint-plugin-astro for components.
 * Formatting is Prettier's job, so no stylistic rules here.
 */
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
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
