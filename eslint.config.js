// @ts-check
/** ESLint for the project's JavaScript, TypeScript and Astro files (`npm run lint`); layout is Prettier's job. */
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  // Editors' content, deliberately broken test fixtures, static files, build output and generated benchmark results.
  globalIgnores(['content/', 'tests/fixtures/', 'public/', 'dist/', 'dist.*/', '.astro/', 'docs/bench/', 'coverage/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    // The same modules run in Node (build, CLI, tests) and in the browser (client scripts, the CMS).
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      // A leading underscore marks a name kept on purpose: a field taken out of an object before spreading the rest,
      // or a parameter a callback's signature requires.
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
      // The safety and privacy checks look for control characters (NUL, C0) in file names and text on purpose.
      'no-control-regex': 'off',
      // Refusals fold the caught error's message into a Vietnamese one; a `cause` would make Astro print its stack.
      'preserve-caught-error': 'off',
    },
  },
  {
    // The service worker's text: the build writes `const C = {…}` before it (src/offline/service-worker.ts).
    files: ['src/offline/sw.js'],
    languageOptions: { globals: { ...globals.serviceworker, C: 'readonly' } },
  },
  {
    // `@ts-nocheck` is allowed when it says why (the worker script above).
    rules: { '@typescript-eslint/ban-ts-comment': ['error', { 'ts-nocheck': 'allow-with-description' }] },
  },
);
