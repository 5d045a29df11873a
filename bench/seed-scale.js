// npm run seed:scale [-- options]: fills a separate database with national-scale data (api/src/scale).
//   --experiments N        default 1000000; ideas 1.5 N, learning-log entries 5 N unless given
//   --ideas N --learning-entries N
//   --data-dir DIR         the embedded PostgreSQL's folder (default .data-scale/postgres; never .data/)
//   --port P               its port (default 5499)
//   --database-url URL     use this server and database instead (as a superuser); refused if it is the
//                          dev database (DATABASE_URL or the embedded .data/) unless --allow-dev-database
//   --reset                drop and recreate the scale database first (else it must be empty)
//   --check                only check the product's rules on the existing scale data (no seeding)
//   --no-check             seed without the check afterwards
// Prints the time per phase, the row counts and the size on disk; exits 1 when a rule is broken.
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { startEmbeddedPostgres } from '../api/dist/core/database/embedded-postgres.js';
import { createDataSource } from '../api/dist/data-source.js';
import { hashPassword } from '../api/dist/core/auth/passwords.js';
import { seedScale } from '../api/dist/scale/seed-scale.js';
import { checkScale } from '../api/dist/scale/check-scale.js';

const root = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
const args = process.argv.slice(2);
const flag = (name) => args.includes(`--${name}`);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback;
};
const log = (s) => process.stderr.write(`${s}\n`);
const DB = 'laerekraft_scale';

const experiments = Number(option('experiments', 1_000_000));
const ideas = option('ideas') && Number(option('ideas'));
const learningEntries = option('learning-entries') && Number(option('learning-entries'));
if (!Number.isInteger(experiments) || experiments < 1)
  throw new Error('--experiments must be a positive integer');

let server = null;
let url = option('database-url');
let dataDir = null;
if (url) {
  const dev = [process.env.DATABASE_URL, process.env.MIGRATION_DATABASE_URL].filter(Boolean).map((u) => {
    const x = new URL(u);
    return `${x.hostname}:${x.port || 5432}${x.pathname}`;
  });
  const x = new URL(url);
  const here = `${x.hostname}:${x.port || 5432}${x.pathname}`;
  if ((dev.includes(here) || x.pathname === '/laerekraft') && !flag('allow-dev-database'))
    throw new Error(`${here} looks like the dev database: pass --allow-dev-database to fill it anyway`);
} else {
  dataDir = path.resolve(option('data-dir', path.join(root, '.data-scale', 'postgres')));
  if (dataDir.startsWith(path.join(root, '.data') + path.sep) && !flag('allow-dev-database'))
    throw new Error(`${dataDir} is the dev database's folder: pass --allow-dev-database to fill it anyway`);
  server = await startEmbeddedPostgres({ dataDir, port: Number(option('port', 5499)) });
  url = server.urlFor(DB);
}

try {
  await main();
} catch (e) {
  log(e?.stack ?? String(e));
  process.exitCode = 1;
} finally {
  await server?.stop();
}

async function main() {
  const admin = new pg.Client({ connectionString: url.replace(/\/[^/?]*(\?|$)/, '/postgres$1') });
  await admin.connect();
  if (flag('reset') && !flag('check')) await admin.query(`DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`);
  await admin.end();
  if (server) await server.ensureDatabase(DB);
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    if (!flag('check')) {
      const t = performance.now();
      const owner = createDataSource(server ? server.roleUrl(DB, 'owner') : url);
      await owner.initialize();
      await owner.runMigrations();
      await owner.destroy();
      log(`migrations: ${((performance.now() - t) / 1000).toFixed(1)} s`);
      if (server) {
        // A bulk load: fewer checkpoints (reloadable settings, this server only).
        await c.query(`ALTER SYSTEM SET max_wal_size = '8GB'`);
        await c.query(`ALTER SYSTEM SET checkpoint_timeout = '30min'`);
        await c.query(`SELECT pg_reload_conf()`);
      }
      log(
        `seeding ${experiments.toLocaleString('en')} experiments into ${server ? dataDir : 'the given database'}`,
      );
      const result = await seedScale(c, {
        experiments,
        ideas: ideas || undefined,
        learningEntries: learningEntries || undefined,
        passwordHash: await hashPassword('scale password'),
        log,
      });
      log(`seeded in ${result.seconds.toFixed(1)} s (${(result.seconds / 60).toFixed(1)} min)`);
      for (const [t, n] of Object.entries(result.counts)) log(`  ${t}: ${n.toLocaleString('en')}`);
      const size = await c.query(`SELECT pg_size_pretty(pg_database_size(current_database())) AS s`);
      log(`database size: ${size.rows[0].s}`);
      if (dataDir) log(`data folder: ${execFileSync('du', ['-sh', dataDir]).toString().split('\t')[0]}`);
      const top = await c.query(
        `SELECT c.relname, pg_size_pretty(pg_total_relation_size(c.oid)) AS total, pg_size_pretty(pg_indexes_size(c.oid)) AS indexes
           FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE n.nspname = 'public' AND c.relkind = 'r' ORDER BY pg_total_relation_size(c.oid) DESC LIMIT 10`,
      );
      for (const r of top.rows) log(`  ${r.relname}: ${r.total} (indexes ${r.indexes})`);
      log(`sign in as p1@0301.scale.example (innovation lead, Oslo) with "scale password"`);
    }
    if (flag('check') || !flag('no-check')) {
      const t = performance.now();
      const checks = await checkScale(c);
      let bad = 0;
      for (const r of checks) {
        log(
          `${r.violations === 0 ? 'ok  ' : 'FAIL'} ${r.name}${r.violations ? `: ${r.violations}` : ''} (${(r.ms / 1000).toFixed(1)} s)`,
        );
        if (r.violations) bad++;
      }
      log(
        `check: ${checks.length - bad}/${checks.length} rules hold (${((performance.now() - t) / 1000).toFixed(1)} s)`,
      );
      if (bad) process.exitCode = 1;
    }
  } finally {
    await c.end();
  }
}
