import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { graphqlDocuments } from './vite-plugin-graphql-documents';

// The API to proxy to in dev and preview; override with API_URL (e.g. http://localhost:3100).
const api = process.env.API_URL ?? 'http://localhost:3000';
// WebSockets too: live notifications (graphql-ws) share the path.
const proxy = { '/graphql': { target: api, ws: true }, '/health': api };

export default defineConfig({
  plugins: [graphqlDocuments(fileURLToPath(new URL('src/gql/graphql.ts', import.meta.url))), react()],
  resolve: {
    alias: { '@laerekraft/shared': fileURLToPath(new URL('../shared/src/index.ts', import.meta.url)) },
  },
  server: { port: 5173, strictPort: true, proxy },
  preview: { port: 4173, proxy },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // No source maps in the production build: the server would otherwise publish the source.
    sourcemap: false,
    // Read by scripts/check-bundle-size.mjs.
    manifest: true,
    rolldownOptions: {
      // Designsystemet's React package declares no `sideEffects`, so every component would ship
      // with the first page. Its own modules are pure (the custom elements it needs are
      // registered by @digdir/designsystemet-web, which stays side-effectful), so unused
      // components can go.
      // shared/ is framework-free declarations only (its README), so the same holds there.
      treeshake: {
        moduleSideEffects: [
          { test: /[\\/]@digdir[\\/]designsystemet-react[\\/]dist[\\/]/, sideEffects: false },
          { test: /[\\/]shared[\\/]src[\\/]/, sideEffects: false },
        ],
      },
    },
  },
});
