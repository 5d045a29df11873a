import { startEmbeddedPostgres } from '../api/dist/core/database/embedded-postgres.js';
import pg from 'pg';
const s = await startEmbeddedPostgres({ dataDir: '/work/wt/scale/.data-scale/postgres', port: 5499 });
const c = new pg.Client({ connectionString: s.urlFor('laerekraft_scale') }); await c.connect();
try { for (const q of process.argv.slice(2)) console.log(JSON.stringify((await c.query(q)).rows)); } catch (e) { console.log(String(e)); }
await c.end(); await s.stop();
