// Plain ESM: Jest loads global setup outside its module system, so this uses the built
// API (nx builds it before `test`). One real PostgreSQL for the run, with a template
// database that has every migration applied (as the owner role, as in production); each
// test file clones its own from it.
import pg from 'pg';
import { startThrowawayPostgres } from './dist/core/database/throwaway-postgres.js';
import { createDataSource } from './dist/data-source.js';

export default async function globalSetup() {
  const server = await startThrowawayPostgres();
  await server.ensureDatabase('lk_template');
  const ds = createDataSource(server.roleUrl('lk_template', 'owner'));
  await ds.initialize();
  await ds.runMigrations();
  await ds.destroy();
  const admin = new pg.Client({ connectionString: server.adminUrl });
  await admin.connect();
  await admin.query('ALTER DATABASE lk_template WITH is_template = true');
  await admin.end();
  process.env.TEST_PG_ADMIN_URL = server.adminUrl;
  globalThis.__lkPostgres = server;
}
