import 'reflect-metadata';
import type { DataSource } from 'typeorm';
import { ConfigError, loadConfig } from './core/config/config.js';
import { createDataSource } from './data-source.js';
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from './core/database/embedded-postgres.js';
import { logger } from './core/logging/logger.js';
import { DbRoles } from './core/database/roles.js';
import { DemoSeedService } from './demo/demo-seed.service.js';
import { createServer } from './server.js';

/**
 * Starts Lærekraft: configuration (checked first), the database (embedded unless
 * DATABASE_URL is set), migrations, demo data, then HTTP. A problem a person must fix
 * ends the process with one line that says what to do.
 */
async function main() {
  const config = loadConfig();
  let embedded: EmbeddedPostgresHandle | null = null;
  let url = config.databaseUrl;
  let migrationUrl = config.migrationDatabaseUrl;
  if (!url) {
    embedded = await startEmbeddedPostgres({ dataDir: config.embeddedDataDir, port: config.embeddedPort });
    await embedded.ensureDatabase('laerekraft');
    url = embedded.roleUrl('laerekraft', 'app');
    migrationUrl = embedded.roleUrl('laerekraft', 'owner');
    logger.info(
      { dataDir: config.embeddedDataDir, port: config.embeddedPort },
      'embedded PostgreSQL started',
    );
  }
  if (migrationUrl) {
    // Migrations run as the owner role, on a connection of their own that is closed after.
    const owner = createDataSource(migrationUrl, { poolSize: 1 });
    await connect(owner, migrationUrl, 'MIGRATION_DATABASE_URL');
    try {
      await checkServerVersion(owner);
      const ran = await owner.runMigrations({ transaction: 'each' });
      if (ran.length) logger.info({ migrations: ran.map((m) => m.name) }, 'migrations applied');
    } finally {
      await owner.destroy();
    }
  }
  const dataSource = createDataSource(url);
  await connect(dataSource, url, 'DATABASE_URL');
  await checkServerVersion(dataSource);
  await checkApplicationRole(dataSource);
  if (await dataSource.showMigrations().catch(() => true))
    throw new ConfigError(
      'The database has migrations that have not run (or none at all): set MIGRATION_DATABASE_URL to the owner role so they run on start',
    );

  const app = await createServer(config, dataSource);
  if (config.demo) await app.get(DemoSeedService).seed();

  const shutdown = async (signal: string) => {
    logger.info({ signal }, 'shutting down');
    await app.close(); // stops HTTP, lets running requests finish
    if (dataSource.isInitialized) await dataSource.destroy();
    if (embedded) await embedded.stop();
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));

  try {
    await app.listen(config.port, config.host);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      await dataSource.destroy();
      if (embedded) await embedded.stop();
      throw new ConfigError(
        `Port ${config.port} is in use: stop the other process or set PORT to a free port`,
      );
    }
    throw e;
  }
  logger.info({ url: `http://localhost:${config.port}`, demo: config.demo }, 'Lærekraft is ready');
}

async function connect(ds: DataSource, url: string, name: string): Promise<void> {
  try {
    await ds.initialize();
  } catch (e) {
    throw new ConfigError(
      `Cannot connect to the database at ${redact(url)}: ${(e as Error).message}. Check ${name}, or unset DATABASE_URL to use the embedded PostgreSQL`,
    );
  }
}

async function checkServerVersion(ds: DataSource): Promise<void> {
  const version: Array<{ server_version_num: string }> = await ds.query('SHOW server_version_num');
  if (Number(version[0].server_version_num) < 150000)
    throw new ConfigError('Lærekraft needs PostgreSQL 15 or newer');
}

/** Row-level security only holds for a role that owns nothing and cannot bypass it. */
async function checkApplicationRole(ds: DataSource): Promise<void> {
  // The role itself, and every role it may SET ROLE to, except the door (see docs/security.md).
  const [role]: Array<{ name: string; bypasses: boolean; owns: boolean }> = await ds.query(
    `SELECT current_user AS name, bool_or(r.rolsuper OR r.rolbypassrls) AS bypasses,
            bool_or(EXISTS (SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                             WHERE n.nspname = 'public' AND c.relowner = r.oid)) AS owns
       FROM pg_roles r
      WHERE pg_has_role(current_user, r.oid, 'MEMBER') AND (r.rolname = current_user OR r.rolname <> $1)`,
    [DbRoles.DOOR],
  );
  if (role.bypasses || role.owns)
    throw new ConfigError(
      `DATABASE_URL connects as "${role.name}", which ${role.bypasses ? 'bypasses row-level security' : 'owns tables'}: connect as ${DbRoles.APP} and run migrations through MIGRATION_DATABASE_URL (see docs/development.md)`,
    );
}

function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(unparseable URL)';
  }
}

main().catch((e: unknown) => {
  if (e instanceof ConfigError || (e instanceof Error && /^(Port|The embedded)/.test(e.message))) {
    process.stderr.write(`Lærekraft cannot start: ${e.message}\n`);
  } else {
    logger.fatal({ err: e }, 'Lærekraft failed to start');
  }
  process.exit(1);
});
