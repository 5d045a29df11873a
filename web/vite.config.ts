import { fileURLToPath } from 'node:url';
import { defaultClientConditions, defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { graphqlDocuments } from './vite-plugin-graphql-documents';
import shellSections from './src/i18n/shell-sections.json';

/**
 * The libraries the first screen runs on. They go in one chunk with the entry instead of a
 * dozen shared chunks: the first load compresses better as one file (gzip's window spans
 * the libraries) and takes one request.
 */
const FIRST_LOAD =
  /[\\/]node_modules[\\/](react|react-dom|scheduler|react-router|react-router-dom|@apollo[\\/]client|rxjs|graphql|optimism|@wry[\\/][^\\/]+|tslib|use-sync-external-store)[\\/]/;
/** Texts by section (src/i18n/index.ts): the shell's sections in one chunk per language. */
const SHELL_TEXTS = new RegExp(
  `[\\\\/]src[\\\\/]i18n[\\\\/](\\w+)[\\\\/](index\\.ts|(${shellSections.join('|')})\\.json)$`,
);

// The API to proxy to in dev and preview; override with API_URL (e.g. http://localhost:3100).
const api = process.env.API_URL ?? 'http://localhost:3000';
// WebSockets too: live notifications (graphql-ws) share the path.
const proxy = { '/graphql': { target: api, ws: true }, '/health': api };

export default defineConfig({
  plugins: [graphqlDocuments(fileURLToPath(new URL('src/gql/graphql.ts', import.meta.url))), react()],
  resolve: {
    // rxjs (under Apollo Client) in its ES2015 build rather than its ES5 one: the same code
    // with native classes, a little smaller. No other package here has the condition.
    conditions: ['es2015', ...defaultClientConditions],
    alias: { '@laerekraft/shared': fileURLToPath(new URL('../shared/src/index.ts', import.meta.url)) },
  },
  server: { port: 5173, strictPort: true, proxy },
  preview: { port: 4173, proxy },
  // Texts are read whole (src/i18n/index.ts): no named export per key.
  json: { namedExports: false },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // No source maps in the production build: the server would otherwise publish the source.
    sourcemap: false,
    // Read by scripts/check-bundle-size.mjs.
    manifest: true,
    // Every browser the app supports preloads modules itself.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      // Designsystemet's React package declares no `sideEffects`, so every component would ship
      // with the first page. Its own modules are pure (the custom elements it needs are
      // registered by @digdir/designsystemet-web, which stays side-effectful), so unused
      // components can go.
      // shared/ is framework-free declarations only (its README), so the same holds there.
      output: {
        advancedChunks: {
          groups: [
            { name: (id: string) => `texts-${SHELL_TEXTS.exec(id)?.[1]}`, test: SHELL_TEXTS, priority: 2 },
            // Before the texts' group, which would otherwise take Vite's preload helper along.
            {
              name: 'app',
              test: (id: string) => FIRST_LOAD.test(id) || id.includes('vite/preload-helper'),
              priority: 3,
            },
          ],
        },
      },
      treeshake: {
        moduleSideEffects: [
          { test: /[\\/]@digdir[\\/]designsystemet-react[\\/]dist[\\/]/, sideEffects: false },
          { test: /[\\/]shared[\\/]src[\\/]/, sideEffects: false },
        ],
      },
    },
  },
});
