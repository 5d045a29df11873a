import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The API to proxy to in dev and preview; override with API_URL (e.g. http://localhost:3100).
const api = process.env.API_URL ?? 'http://localhost:3000';
const proxy = { '/graphql': api, '/health': api };

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: { '@laerekraft/shared': fileURLToPath(new URL('../shared/src/index.ts', import.meta.url)) },
  },
  server: { port: 5173, strictPort: true, proxy },
  preview: { port: 4173, proxy },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      output: {
        // Vendors change less often than our code: separate, long-cached chunks keep the entry small.
        codeSplitting: {
          groups: [
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|scheduler|react-router|react-router-dom|cookie)[\\/]/,
            },
            {
              name: 'apollo',
              test: /node_modules[\\/](@apollo|graphql|rxjs|@wry|optimism|tslib|graphql-tag|@graphql-typed-document-node)[\\/]/,
            },
            {
              name: 'i18n',
              test: /node_modules[\\/](i18next|react-i18next|html-parse-stringify|void-elements|use-sync-external-store)[\\/]/,
            },
            {
              name: 'designsystemet',
              test: /node_modules[\\/](@digdir|@floating-ui|@radix-ui|@u-elements|@navikt|@tanstack|clsx)[\\/]/,
            },
          ],
        },
      },
    },
  },
});
