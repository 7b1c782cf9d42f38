// ESLint flat config: typescript-eslint (type-aware for our own sources) and react-hooks.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'build/**',
      '.docusaurus/**',
      'node_modules/**',
      'coverage/**',
      'static/**',
      'bench/out/**',
      'test-results/**',
      'tests/fixtures/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,mts,cts}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message:
            'Nothing user-supplied may be injected as HTML. Render text, or build elements explicitly.',
        },
      ],
    },
  },
  {
    files: ['src/allegro/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-dom', 'react/*'], message: 'The domain core has no React.' },
            {
              group: ['@docusaurus/*', '@theme/*', '@site/*'],
              message: 'The domain core has no Docusaurus imports.',
            },
            {
              group: ['node:*', 'fs', 'path', 'os', 'child_process'],
              message: 'The domain core runs in the browser too: no Node built-ins.',
            },
          ],
        },
      ],
    },
  },
  {
    // Browser code imports the core module it needs: the core's index would put the whole core
    // (every code table, the simulators, the rating engine) into each lazily loaded widget chunk.
    files: ['src/components/**/*.{ts,tsx}', 'src/workers/**/*.ts', 'src/theme/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@site/src/allegro',
              message:
                'Import the core module you need (for example @site/src/allegro/check/config).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
);
