// ESLint for the TypeScript sources (type-aware) and the Node scripts. Layout is
// Prettier's (prettier.config.mjs): eslint-config-prettier, last, turns off every
// rule that would disagree with it. Each rule turned off here says why.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig([
  // Build output, installed packages, and data that is not code.
  globalIgnores(['node_modules/', 'out/', 'dist/', '.vscode-test/', 'test-results/', 'data/', 'opinions/', 'test/fixtures/', 'test/e2e/workspace/']),

  js.configs.recommended,
  {
    rules: {
      // `== null` is the one loose comparison the code uses (null or undefined); any other is a bug.
      eqeqeq: ['error', 'smart'],
      // Best-effort cleanup (`try { rmSync(...) } catch {}`) is deliberate.
      'no-empty': ['error', { allowEmptyCatch: true }],
      // `const { drop: _, ...rest } = o` is how the code leaves a field out of a copy.
      'no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },

  {
    files: ['**/*.ts'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: {
        // tsconfig.json holds the server and the client, tsconfig.test.json the server and the tests.
        project: ['./tsconfig.json', './tsconfig.test.json'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // node:test's top-level test() and describe() return promises the runner awaits itself.
      '@typescript-eslint/no-floating-promises': [
        'error',
        { allowForKnownSafeCalls: [{ from: 'package', package: 'node:test', name: ['test', 'describe', 'it', 'suite'] }] },
      ],
      // tsc's noUnusedLocals/noUnusedParameters already report these; this only keeps the rest-sibling idiom.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
      // Tidiness, not a bug, and wrong for `(await conn.sendRequest(...)) as T`, where the assertion is what infers the result type.
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
      // The code writes two steps of a one-line loop or branch as a comma sequence (`seen.add(k), out.push(k)`).
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
  {
    // Tests parse JSON (CLI output, SARIF, grammars, package.json) and poke at it; the sources keep `any` out.
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },

  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['**/*.js'],
    languageOptions: { sourceType: 'commonjs' },
  },
  {
    // Functions passed to page.evaluate() run in the browser.
    files: ['test/e2e/ui.mjs'],
    languageOptions: { globals: { ...globals.browser } },
  },

  prettier,
]);
