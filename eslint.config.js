import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const src = fileURLToPath(new URL('./src', import.meta.url));

/**
 * Imports go one way: a feature never imports another feature or the app layer, and the shared
 * folders (components, lib, config) import no feature. The app layer composes them.
 */
const boundaries = {
  meta: { type: 'problem', schema: [] },
  create(context) {
    const from = relative(src, context.filename);
    const ownFeature = from.match(/^features\/([^/]+)/)?.[1];
    const shared = /^(components|lib|config)\//.test(from);
    const check = (node) => {
      const specifier = node.source?.value;
      if (typeof specifier !== 'string' || !specifier.startsWith('.')) return;
      const to = relative(src, resolve(dirname(context.filename), specifier));
      const feature = to.match(/^features\/([^/]+)/)?.[1];
      const toApp = to.startsWith('app/');
      if ((ownFeature || shared) && toApp) {
        context.report({ node, message: 'Only the app layer imports the app layer.' });
      } else if (shared && feature) {
        context.report({ node, message: 'Shared code imports no feature.' });
      } else if (ownFeature && feature && feature !== ownFeature) {
        context.report({
          node,
          message: 'A feature never imports another feature; wire them in src/app.',
        });
      }
    };
    return {
      ImportDeclaration: check,
      ImportExpression: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
    };
  },
};

export default tseslint.config(
  {
    ignores: ['dist', 'dev-dist', 'coverage', 'playwright-report', 'test-results', 'node_modules'],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { broadsheet: { rules: { boundaries } } },
    rules: {
      'broadsheet/boundaries': 'error',
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'react-router',
              importNames: ['Link', 'NavLink'],
              message: 'Use Link from src/components/link: it leaves out prefetching code.',
            },
          ],
        },
      ],
    },
  },
);
