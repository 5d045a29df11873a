import { preset } from '../jest.preset.js';

// Unit specs (*.spec.ts) run in node; component specs (*.spec.tsx) say `@jest-environment jsdom`
// in their docblock and render with React Testing Library against Apollo's MockedProvider.
export default {
  ...preset,
  displayName: 'web',
  testMatch: ['**/__tests__/**/*.spec.ts?(x)'],
  setupFilesAfterEnv: ['<rootDir>/src/__tests__/setup.ts'],
  // Component specs render whole pages; on a loaded 2-core CI machine that can take seconds.
  testTimeout: 30_000,
};
