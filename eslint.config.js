import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { readdirSync } from 'node:fs';

// The web app's feature folders, read from disk so a new feature is fenced in without an edit here.
const WEB_FEATURES = readdirSync(new URL('./web/src/features/', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);
// What no web file may import: the API, its database layer, the migrations.
const WEB_RESTRICTED = { group: ['@nestjs/*', 'typeorm', '**/api/src/**', '@laerekraft/migrations'] };

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '.nx/**', '.data/**', 'web/src/gql/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'off',
    },
  },
  // Project boundaries: shared is framework-free; web never reaches into api, and the reverse.
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            '@nestjs/*',
            'react',
            'react-*',
            'typeorm',
            '@apollo/*',
            '@laerekraft/api',
            '@laerekraft/web',
          ],
        },
      ],
    },
  },
  {
    files: ['web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { patterns: [WEB_RESTRICTED] }],
    },
  },
  // Web boundaries: a feature imports app/ (shell, session, helpers), ui/ and shared, never
  // another feature; ui/ imports no feature; app/ imports features only to route to them.
  // One block per feature, because the rule's options replace (not add to) the block above.
  ...WEB_FEATURES.map((feature) => {
    const others = WEB_FEATURES.filter((f) => f !== feature);
    return {
      files: [`web/src/features/${feature}/**/*.{ts,tsx}`],
      rules: {
        'no-restricted-imports': [
          'error',
          {
            patterns: [
              WEB_RESTRICTED,
              {
                regex: `^(\\.\\./)+(features/)?(${others.join('|')})(/|$)|(^|/)features/(?!${feature}/)`,
                message: `web/src/features/${feature} must not import another feature: move what both need to web/src/ui (or app/session), or give this feature its own document`,
              },
            ],
          },
        ],
      },
    };
  }),
  {
    files: ['web/src/ui/**/*.{ts,tsx}', 'web/src/app/**/*.{ts,tsx}'],
    ignores: ['web/src/app/routes.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            WEB_RESTRICTED,
            {
              regex: '(^|/)features(/|$)',
              message: 'ui/ and app/ do not import features (only app/routes.tsx routes to them)',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['api/**/*.ts', 'migrations/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['react', 'react-*', '**/web/src/**'] }] },
  },
  // Core knows no feature: features and the composition root (app.module, entities,
  // loaders, resolvers, data-source) import core, never the reverse. Tests may wire it all.
  {
    files: ['api/src/core/**/*.ts'],
    ignores: ['api/src/core/**/__tests__/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex:
                '^(\\.\\./)+((audit|demo|experiments|ideas|identity|learning|networks|notifications|organisations|testing)/|(app\\.module|entities|loaders|resolvers|data-source|server)\\.js$)',
              message: 'core/ is cross-cutting and must not import a feature or the composition root',
            },
            { group: ['react', 'react-*', '**/web/src/**'], message: 'the API never imports the web app' },
          ],
        },
      ],
    },
  },
);
