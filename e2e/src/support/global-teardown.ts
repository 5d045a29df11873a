import { rmSync } from 'node:fs';
import path from 'node:path';
import type { E2eHandles } from './global-setup.ts';
import { stopServer } from './server.ts';

/** Stops the run's server (SIGTERM, then waits), then its PostgreSQL. The server log stays only if something went wrong. */
export default async function globalTeardown() {
  const handles = (globalThis as { __lkE2e?: E2eHandles }).__lkE2e;
  if (!handles) return;
  const exit = await stopServer(handles.server);
  await handles.postgres.stop();
  const log = process.env.E2E_SERVER_LOG;
  if (exit.code !== 0) {
    // startup.spec.ts asserts a clean shutdown; here it is only worth a note.
    console.warn(
      `e2e: the Lærekraft server did not shut down cleanly on SIGTERM (${JSON.stringify(exit)}); see ${log}`,
    );
  } else if (log) {
    rmSync(path.dirname(log), { recursive: true, force: true });
  }
}
