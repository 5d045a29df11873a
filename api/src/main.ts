import 'reflect-metadata';
import { ConfigError, loadConfig } from './core/config/config.js';
import { createDataSource } from './core/database/data-source.js';
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from './core/database/embedded-postgres.js';
import { logger } from './core/logging/logger.js';
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
  if (!url) {
    embedded = await startEmbeddedPostgres({ dataDir: config.embeddedDataDir, port: config.embeddedPort });
    await embedded.ensureDatabase('laerekraft');
    url = embedded.urlFor('laerekraft');
    logger.info(
      { dataDir: config.embeddedDataDir, port: config.embeddedPort },
      'embedded PostgreSQL started',
    );
  }
  const dataSource = createDataSource(url);
  try {
    await dataSource.initialize();
  } catch (e) {
    throw new ConfigError(
      `Cannot connect to the database at ${redact(url)}: ${(e as Error).message}. Check DATABASE_URL, or unset it to use the embedded PostgreSQL`,
    );
  }
  const version: Array<{ server_version_num: string }> = await dataSource.query('SHOW server_version_num');
  if (Number(version[0].server_version_num) < 150000)
    throw new ConfigError('Lærekraft needs PostgreSQL 15 or newer');
  const ran = await dataSource.runMigrations({ transaction: 'each' });
  if (ran.length) logger.info({ migrations: ran.map((m) => m.name) }, 'migrations applied');

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
