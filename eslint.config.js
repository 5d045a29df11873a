import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

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
      'no-restricted-imports': [
        'error',
        { patterns: ['@nestjs/*', 'typeorm', '**/api/src/**', '@laerekraft/migrations'] },
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
