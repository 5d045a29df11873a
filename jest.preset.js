// Shared Jest settings: ESM TypeScript through @swc/jest (see STACK.md, "Tests with ESM-only Nest 12").
import { fileURLToPath } from 'node:url';
const root = fileURLToPath(new URL('.', import.meta.url));

export const swcTransform = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true, tsx: true },
      target: 'es2023',
      keepClassNames: true,
      transform: {
        legacyDecorator: true,
        decoratorMetadata: true,
        useDefineForClassFields: false,
        react: { runtime: 'automatic' },
      },
    },
    module: { type: 'es6' },
  },
];

export const preset = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  transform: { '^.+\\.tsx?$': swcTransform },
  moduleNameMapper: {
    '^@laerekraft/shared$': `${root}shared/src/index.ts`,
    '^@laerekraft/migrations$': `${root}migrations/src/index.ts`,
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  testMatch: ['**/__tests__/**/*.spec.ts'],
  modulePathIgnorePatterns: ['<rootDir>/dist/'],
};
