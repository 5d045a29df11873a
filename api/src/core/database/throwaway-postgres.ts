import { mkdtempSync, chmodSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { portIsFree, startEmbeddedPostgres, type EmbeddedPostgresHandle } from './embedded-postgres.js';

/** A PostgreSQL in a temporary folder on a free port, removed on stop. For tests and scripts. */
export async function startThrowawayPostgres(): Promise<EmbeddedPostgresHandle> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'laerekraft-pg-'));
  chmodSync(dir, 0o755); // PostgreSQL runs as the postgres user and must reach its data folder
  const port = await freePort(55000 + Math.floor(Math.random() * 5000));
  const handle = await startEmbeddedPostgres({ dataDir: path.join(dir, 'data'), port });
  return {
    ...handle,
    async stop() {
      await handle.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function freePort(start: number): Promise<number> {
  for (let p = start; p < start + 200; p++) if (await portIsFree(p)) return p;
  throw new Error('no free port for a throwaway PostgreSQL');
}
