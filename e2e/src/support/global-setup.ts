import { existsSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ChildProcess } from 'node:child_process';
// Jest compiles global setup to CommonJS outside its module system, so moduleNameMapper
// does not apply here: helpers are imported by their real file name.
import { freePort, serverEntry, spawnServer, waitForReady } from './server.ts';

export interface E2eHandles {
  postgres: { stop(): Promise<void> };
  server: ChildProcess;
}

/** Native ESM import, which the CommonJS compilation would otherwise turn into require(). */
const importEsm = new Function('url', 'return import(url)') as (url: string) => Promise<unknown>;

/**
 * One throwaway PostgreSQL and one real, built Lærekraft server with demo data for the
 * whole run, API and browser journeys alike. Tests find them through the environment:
 * E2E_BASE_URL, E2E_PORT, E2E_PG_ADMIN_URL (to create databases of their own),
 * E2E_SERVER_LOG (the server's output), E2E_REPO_ROOT.
 */
export default async function globalSetup(_globalConfig: unknown, projectConfig: { rootDir: string }) {
  process.env.E2E_REPO_ROOT = path.resolve(projectConfig.rootDir, '..');
  const built = path.join(
    process.env.E2E_REPO_ROOT,
    'api',
    'dist',
    'core',
    'database',
    'throwaway-postgres.js',
  );
  if (!existsSync(serverEntry()) || !existsSync(built)) {
    throw new Error(
      'The API is not built: run `npx nx run-many -t build -p shared migrations api` first (or `npx nx run e2e:e2e`)',
    );
  }
  // The built module, not the TS source: the source's `.js` import suffixes only resolve through Jest's mapper.
  const { startThrowawayPostgres } = (await importEsm(pathToFileURL(built).href)) as {
    startThrowawayPostgres(): Promise<{
      urlFor(db: string): string;
      roleUrl(db: string, role: 'owner' | 'app'): string;
      adminUrl: string;
      ensureDatabase(name: string): Promise<void>;
      stop(): Promise<void>;
    }>;
  };
  const postgres = await startThrowawayPostgres();
  try {
    await postgres.ensureDatabase('e2e');
    const port = await freePort();
    const logFile = path.join(mkdtempSync(path.join(os.tmpdir(), 'laerekraft-e2e-')), 'server.log');
    const server = spawnServer(
      {
        DATABASE_URL: postgres.roleUrl('e2e', 'app'),
        MIGRATION_DATABASE_URL: postgres.roleUrl('e2e', 'owner'),
        PORT: String(port),
        HOST: '127.0.0.1',
        DEMO: 'true',
        LOG_LEVEL: 'warn',
      },
      logFile,
    );
    // If Jest dies without running the teardown, do not leave the server behind.
    process.once('exit', () => server.kill('SIGKILL'));
    (globalThis as { __lkE2e?: E2eHandles }).__lkE2e = { postgres, server };
    const baseUrl = `http://127.0.0.1:${port}`;
    await waitForReady(server, `${baseUrl}/health/ready`, logFile);
    process.env.E2E_BASE_URL = baseUrl;
    process.env.E2E_PORT = String(port);
    process.env.E2E_PG_ADMIN_URL = postgres.adminUrl;
    process.env.E2E_SERVER_LOG = logFile;
  } catch (e) {
    (globalThis as { __lkE2e?: E2eHandles }).__lkE2e?.server.kill('SIGKILL');
    delete (globalThis as { __lkE2e?: E2eHandles }).__lkE2e;
    await postgres.stop();
    throw e;
  }
}
