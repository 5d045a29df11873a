import { preset } from '../jest.preset.js';
export default {
  ...preset,
  displayName: 'api',
  globalSetup: '<rootDir>/jest.global-setup.js',
  globalTeardown: '<rootDir>/jest.global-teardown.js',
  setupFiles: ['<rootDir>/jest.setup.js'],
  testTimeout: 30000,
};
