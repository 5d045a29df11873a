// Benchmarks of the API's hot paths, on a real PostgreSQL and a real HTTP server.
// Run: npm run bench (builds first). Writes docs/benchmarks.md with the machine and date.
// Figures are compared as ratios within one run: the machine is shared and noisy.
import os from 'node:os';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { startThrowawayPostgres } from '../api/dist/core/database/throwaway-postgres.js';
import { createDataSource } from '../api/dist/data-source.js';
import { createServer } from '../api/dist/server.js';
import { loadConfig } from '../api/dist/core/config/config.js';
import { hashPassword } from '../api/dist/core/auth/passwords.js';

const root = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
const ROWS = Number(process.env.BENCH_ROWS ?? 5000);
const RUNS = Number(process.env.BENCH_RUNS ?? 60);

const pg = await startThrowawayPostgres();
await pg.ensureDatabase('bench');
const ds = createDataSource(pg.urlFor('bench'), { poolSize: 10 });
await ds.initialize();
await ds.runMigrations();

// One organisation, a unit tree, ROWS ideas and experiments with partners and teams.
const [{ id: org }] = await ds.query(
  `INSERT INTO organisations (kind, name, organisation_number) VALUES ('KOMMUNE', 'Benchmark kommune', '972417807') RETURNING id`,
);
const [{ id: sector }] = await ds.query(
  `INSERT INTO units (organisation_id, name, version) VALUES ($1, 'Sektor', 1) RETURNING id`,
  [org],
);
const units = [];
for (let i = 0; i < 20; i++)
  units.push(
    (
      await ds.query(
        `INSERT INTO units (organisation_id, parent_id, name, version) VALUES ($1, $2, $3, 1) RETURNING id`,
        [org, sector, `Enhet ${i}`],
      )
    )[0].id,
  );
const hash = await hashPassword('benchmark password');
const people = [];
for (let i = 0; i < 50; i++) {
  people.push(
    (
      await ds.query(
        `INSERT INTO persons (organisation_id, email, name, password_hash, unit_id) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [org, `p${i}@bench.example`, `Person ${i}`, hash, units[i % 20]],
      )
    )[0].id,
  );
}
await ds.query(
  `INSERT INTO role_assignments (organisation_id, person_id, role, unit_id) VALUES ($1, $2, 'MANAGER', $3)`,
  [org, people[0], sector],
);
await ds.query(
  `INSERT INTO ideas (organisation_id, unit_id, author_id, title, state, submitted_at, created_at, version)
   SELECT $1, ($2::uuid[])[1 + g % 20], ($3::uuid[])[1 + g % 50], 'Idé ' || g, CASE WHEN g % 3 = 0 THEN 'APPROVED' ELSE 'SUBMITTED' END, now() - g * interval '1 hour', now() - g * interval '1 hour', 1
   FROM generate_series(1, $4) g`,
  [org, units, people, ROWS],
);
await ds.query(
  `INSERT INTO experiments (organisation_id, unit_id, owner_id, title, state, created_at, version)
   SELECT $1, ($2::uuid[])[1 + g % 20], ($3::uuid[])[1 + g % 50], 'Forsøk ' || g, 'RUNNING', now() - g * interval '1 hour', 1 FROM generate_series(1, $4) g`,
  [org, units, people, ROWS],
);
await ds.query(
  `INSERT INTO experiment_partners (organisation_id, experiment_id, kind, name, role) SELECT organisation_id, id, 'ACADEMIA', 'Universitet', 'Følgeforskning' FROM experiments`,
);
await ds.query(
  `INSERT INTO experiment_members (organisation_id, experiment_id, person_id) SELECT organisation_id, id, owner_id FROM experiments`,
);
await ds.query('ANALYZE');

const app = await createServer({ ...loadConfig({}), webDist: '/nonexistent', demo: false }, ds);
await app.listen(0, '127.0.0.1');
const url = `http://127.0.0.1:${app.getHttpServer().address().port}/graphql`;
let cookie = '';
const gql = async (query, variables) => {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ query, variables }),
  });
  const set = res.headers.getSetCookie().find((c) => c.startsWith('lk_session='));
  if (set) cookie = set.split(';')[0];
  const body = await res.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
};

const IDEAS = `query($n: Int!) { ideas(first: $n) { nodes { id title state unit { name } author { name } backingCount commentCount viewerCan { decide } } } }`;
const EXPERIMENTS = `query($n: Int!) { experiments(first: $n) { nodes { id title unit { name } owner { name } team { name } partners { name } entryCount viewerCan { edit } } } }`;
const cases = {
  login: () =>
    gql(`mutation { login(input: { email: "p0@bench.example", password: "benchmark password" }) { id } }`),
  me: () => gql('{ me { id name roles { role } } }'),
  'ideas(first: 1)': () => gql(IDEAS, { n: 1 }),
  'ideas(first: 50)': () => gql(IDEAS, { n: 50 }),
  'experiments(first: 1)': () => gql(EXPERIMENTS, { n: 1 }),
  'experiments(first: 50)': () => gql(EXPERIMENTS, { n: 50 }),
  reviewQueue: () => gql('{ reviewQueue { id title waitingDays } }'),
};
await cases.login();
const results = {};
for (const [name, fn] of Object.entries(cases)) {
  const runs = name === 'login' ? Math.min(RUNS, 20) : RUNS;
  for (let i = 0; i < 5; i++) await fn(); // warm up
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  results[name] = { runs, p50: times[Math.floor(runs * 0.5)], p95: times[Math.floor(runs * 0.95)] };
}
await app.close();
await ds.destroy();
await pg.stop();

const f = (n) => n.toFixed(1);
const ratio = (a, b) => (results[a].p50 / results[b].p50).toFixed(2);
const cpu = os.cpus();
const lines = [
  '# Benchmarks',
  '',
  `Run with \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}.`,
  `Data: one organisation with ${ROWS} ideas and ${ROWS} experiments (partners, teams), 20 units, 50 people; embedded PostgreSQL 18 on the same machine; each request over HTTP on loopback, ${RUNS} runs after 5 warm-ups.`,
  'The machine is shared and noisy: read the ratios, not the milliseconds.',
  '',
  '| request | p50 ms | p95 ms |',
  '| --- | ---: | ---: |',
  ...Object.entries(results).map(([k, r]) => `| ${k} | ${f(r.p50)} | ${f(r.p95)} |`),
  '',
  '| ratio (p50) | value | target |',
  '| --- | ---: | --- |',
  `| ideas 50 rows / 1 row | ${ratio('ideas(first: 50)', 'ideas(first: 1)')} | < 3 (no per-row queries; the SQL-count test checks the statements) |`,
  `| experiments 50 rows / 1 row | ${ratio('experiments(first: 50)', 'experiments(first: 1)')} | < 3 |`,
  `| ideas(first: 50) / me | ${ratio('ideas(first: 50)', 'me')} | informative |`,
  `| login / me | ${ratio('login', 'me')} | login is dominated by argon2id by design |`,
  '',
];
writeFileSync(path.join(root, 'docs', 'benchmarks.md'), lines.join('\n'));
console.log(lines.join('\n'));
