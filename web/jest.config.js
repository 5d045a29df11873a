import { preset } from '../jest.preset.js';
export default { ...preset, displayName: 'web', testMatch: ['**/__tests__/**/*.spec.ts?(x)'] };
