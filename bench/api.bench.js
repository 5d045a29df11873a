// The API measured side by side with its floor: the same JSON from one hand-written SQL
// through `pg`, served by a bare node:http server, under the same session and row-level
// security conditions. One run, alternating rounds (API, floor, API, floor, …) at a fixed
// concurrency, so both see the same machine. Run: npm run bench (builds first; NODE_ENV=production).
// BENCH_ROWS (default 100000: experiments nationally, seeded by api/src/scale; Oslo gets about 12 %) sizes the data, BENCH_SECONDS (default 4) the rounds,
// BENCH_ROUNDS (default 3) their number, BENCH_CONCURRENCY (default 10) the load.
// Writes docs/benchmarks.md.
import os from 'node:os';
import http from 'node:http';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { Worker } from 'node:worker_threads';
import { Session } from 'node:inspector/promises';
import pg from 'pg';
import { startThrowawayPostgres } from '../api/dist/core/database/throwaway-postgres.js';
import { createDataSource } from '../api/dist/data-source.js';
import { createServer } from '../api/dist/server.js';
import { loadConfig } from '../api/dist/core/config/config.js';
import { hashPassword } from '../api/dist/core/auth/passwords.js';
import { parseSearch } from '@laerekraft/shared';
import { seedScale } from '../api/dist/scale/seed-scale.js';

const root = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 4);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 10);
const log = (s) => process.stderr.write(`${s}\n`);
// BENCH_PROFILE=file.cpuprofile: a CPU profile of the main thread during the API's rounds only.
const PROFILE = process.env.BENCH_PROFILE;
let profileSession = null;

// Statement counter: every query any pg client sends while `counting` is on (the API's
// TypeORM pool and the floor's pool use the same pg module).
let counting = null;
const originalQuery = pg.Client.prototype.query;
pg.Client.prototype.query = function (config, values, cb) {
  if (counting) counting.push({ text: typeof config === 'string' ? config : config.text, values });
  return originalQuery.call(this, config, values, cb);
};

const pgServer = await startThrowawayPostgres();
try {
  await run();
} catch (e) {
  log(e?.stack ?? String(e));
  process.exitCode = 1;
} finally {
  await pgServer.stop();
}

async function run() {
  await pgServer.ensureDatabase('bench');
  const owner = createDataSource(pgServer.roleUrl('bench', 'owner'));
  await owner.initialize();
  await owner.runMigrations();
  await owner.destroy();

  // ---- Seed with the scale generator (api/src/scale, the same as `npm run seed:scale`): all
  // municipalities and counties, ROWS experiments across them by population. The requests read
  // as Oslo's innovation lead (the largest organisation; sees all of it, as the floor does).
  // "kommune" is in every other idea, experiment and lesson, "fyrlykta" in one in 10,000.
  const su = new pg.Client({ connectionString: pgServer.urlFor('bench') });
  su.on('error', () => undefined); // the server stopping under it at the end
  await su.connect();
  const seeded = await seedScale(su, {
    experiments: ROWS,
    passwordHash: await hashPassword('benchmark password'),
    log,
  });
  const seedSeconds = seeded.seconds;
  const {
    rows: [{ org, me }],
  } = await su.query(
    `SELECT o.id AS org, p.id AS me FROM organisations o JOIN persons p ON p.organisation_id = o.id
      WHERE o.kommunenummer = '0301' AND p.email = 'p1@0301.scale.example'`,
  );
  const orgExperiments = Number(
    (await su.query(`SELECT count(*) AS n FROM experiments WHERE organisation_id = $1`, [org])).rows[0].n,
  );
  // The single experiment: Oslo's with the longest log (up to 50 entries).
  const oneId = (
    await su.query(
      `SELECT experiment_id AS id FROM learning_entries WHERE organisation_id = $1
        GROUP BY 1 HAVING count(*) <= 50 ORDER BY count(*) DESC, 1 LIMIT 1`,
      [org],
    )
  ).rows[0].id;
  await su.end();
  log(`seeded ${ROWS} experiments (Oslo: ${orgExperiments}) in ${seedSeconds.toFixed(1)} s`);

  // ---- The API, as in production, connecting as the application role.
  const appUrl = pgServer.roleUrl('bench', 'app');
  const ds = createDataSource(appUrl, { poolSize: 10 });
  await ds.initialize();
  const config = loadConfig({
    NODE_ENV: 'production',
    SESSION_SECRET: 'benchmark-session-secret-of-at-least-32-characters',
    DATABASE_URL: appUrl,
    DEMO: 'false',
    LOG_LEVEL: 'silent',
  });
  const app = await createServer({ ...config, webDist: '/nonexistent', demo: false }, ds);
  await app.listen(0, '127.0.0.1');
  const apiUrl = `http://127.0.0.1:${app.getHttpServer().address().port}/graphql`;
  const login = await fetch(apiUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query:
        'mutation { login(input: { email: "p1@0301.scale.example", password: "benchmark password" }) { id } }',
    }),
  });
  const cookie = login.headers
    .getSetCookie()
    .find((c) => c.startsWith('lk_session='))
    ?.split(';')[0];
  if (!cookie) throw new Error(`login failed: ${await login.text()}`);

  // ---- The floor: one statement per request inside a read-only transaction that sets
  // the tenant, as the app role, on a pool of the same size.
  const pool = new pg.Pool({ connectionString: appUrl, max: 10 });
  const tenant = `START TRANSACTION READ ONLY; SELECT set_config('app.organisation_id', '${org}', true), set_config('app.person_id', '${me}', true)`;
  const floorSql = {
    experiments: `WITH page AS MATERIALIZED (
        SELECT e.id, e.title, e.state, e.unit_id, e.owner_id, e.created_at FROM experiments e
        WHERE e.organisation_id = $1 ORDER BY e.created_at DESC, e.id DESC LIMIT 51)
      SELECT json_build_object('data', json_build_object('experiments', json_build_object(
        'nodes', coalesce((SELECT json_agg(json_build_object('id', p.id, 'title', p.title, 'state', p.state,
            'unit', (SELECT json_build_object('name', u.name) FROM units u WHERE u.id = p.unit_id),
            'owner', (SELECT json_build_object('name', o.name) FROM persons o WHERE o.id = p.owner_id),
            'partners', coalesce((SELECT json_agg(json_build_object('name', pa.name, 'kind', pa.kind) ORDER BY pa.created_at)
                                  FROM experiment_partners pa WHERE pa.experiment_id = p.id), '[]'),
            'partnerCount', (SELECT count(*) FROM experiment_partners pc WHERE pc.experiment_id = p.id),
            'entryCount', (SELECT count(*) FROM learning_entries le WHERE le.experiment_id = p.id),
            'lastEntryOn', (SELECT max(le.entry_date)::text FROM learning_entries le WHERE le.experiment_id = p.id))
          ORDER BY p.created_at DESC, p.id DESC)
          FROM (SELECT * FROM page ORDER BY created_at DESC, id DESC LIMIT 50) p), '[]'),
        'pageInfo', json_build_object('hasNextPage', (SELECT count(*) FROM page) > 50))))::text AS body`,
    experiment: `SELECT json_build_object('data', json_build_object('experiment', (
        SELECT json_build_object('id', e.id, 'title', e.title, 'state', e.state,
          'hypothesis', json_build_object('change', e.change, 'metric', e.metric),
          'unit', (SELECT json_build_object('name', u.name) FROM units u WHERE u.id = e.unit_id),
          'owner', (SELECT json_build_object('name', o.name) FROM persons o WHERE o.id = e.owner_id),
          'team', coalesce((SELECT json_agg(json_build_object('name', tp.name) ORDER BY tm.created_at)
                            FROM experiment_members tm JOIN persons tp ON tp.id = tm.person_id WHERE tm.experiment_id = e.id), '[]'),
          'partners', coalesce((SELECT json_agg(json_build_object('name', pa.name, 'kind', pa.kind) ORDER BY pa.created_at)
                                FROM experiment_partners pa WHERE pa.experiment_id = e.id), '[]'),
          'learningEntries', coalesce((SELECT json_agg(json_build_object('id', le.id, 'kind', le.kind, 'text', le.text,
                'entryDate', le.entry_date, 'author', (SELECT json_build_object('name', a.name) FROM persons a WHERE a.id = le.author_id))
                ORDER BY le.entry_date DESC, le.created_at DESC)
              FROM learning_entries le WHERE le.experiment_id = e.id), '[]'))
        FROM experiments e WHERE e.id = $2 AND e.organisation_id = $1)))::text AS body`,
    ideas: `WITH page AS MATERIALIZED (
        SELECT i.id, i.title, i.state, i.unit_id, i.author_id, i.created_at FROM ideas i
        WHERE i.organisation_id = $1 AND (i.state <> 'DRAFT' OR i.author_id = $2)
        ORDER BY i.created_at DESC, i.id DESC LIMIT 51)
      SELECT json_build_object('data', json_build_object('ideas', json_build_object(
        'nodes', coalesce((SELECT json_agg(json_build_object('id', p.id, 'title', p.title, 'state', p.state,
            'unit', (SELECT json_build_object('name', u.name) FROM units u WHERE u.id = p.unit_id),
            'author', (SELECT json_build_object('name', a.name) FROM persons a WHERE a.id = p.author_id),
            'backingCount', (SELECT count(*) FROM idea_backings b WHERE b.idea_id = p.id),
            'commentCount', (SELECT count(*) FROM idea_comments c WHERE c.idea_id = p.id))
          ORDER BY p.created_at DESC, p.id DESC)
          FROM (SELECT * FROM page ORDER BY created_at DESC, id DESC LIMIT 50) p), '[]'),
        'pageInfo', json_build_object('hasNextPage', (SELECT count(*) FROM page) > 50))))::text AS body`,
  };
  // Search: the least one statement can do for the same answer (the visible candidates from the
  // same SECURITY DEFINER function, counted, the page ranked and titled); the API adds its
  // policy-checked input, facets and the rest only when selected.
  floorSql.search = `WITH c AS MATERIALIZED (SELECT * FROM app_search_candidates($1, $2, 1000))
      SELECT json_build_object('data', json_build_object('search', json_build_object(
        'total', least((SELECT count(*) FROM c), 1000),
        'capped', (SELECT count(*) FROM c) > 1000 OR (SELECT coalesce(bool_or(n >= 1000), false) FROM (SELECT count(*) AS n FROM c GROUP BY kind) k),
        'hits', coalesce((SELECT json_agg(json_build_object('kind', p.kind, 'id', p.id, 'title', coalesce(i.title, e.title, l.title))
                                          ORDER BY p.rank DESC, p.created_at DESC, p.id)
                            FROM (SELECT * FROM c ORDER BY rank DESC, created_at DESC, id LIMIT 20) p
                            LEFT JOIN ideas i ON p.kind = 'IDEA' AND i.id = p.id
                            LEFT JOIN experiments e ON p.kind = 'EXPERIMENT' AND e.id = p.id
                            LEFT JOIN lessons l ON p.kind = 'LESSON' AND l.id = p.id), '[]'))))::text AS body`;
  const searchParams = (query) => {
    const parsed = parseSearch(query);
    return [parsed.match, parsed.exact];
  };
  const floorParams = {
    experiments: [org],
    experiment: [org, oneId],
    ideas: [org, me],
    'search-common': searchParams('kommune'),
    'search-selective': searchParams('fyrlykta'),
  };
  floorSql['search-common'] = floorSql.search;
  floorSql['search-selective'] = floorSql.search;
  const floor = http.createServer(async (req, res) => {
    const name = req.url.slice(1);
    const client = await pool.connect();
    try {
      await client.query(tenant);
      const { rows } = await client.query(floorSql[name], floorParams[name]);
      await client.query('COMMIT');
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(rows[0].body);
    } catch (e) {
      await client.query('ROLLBACK').catch(() => undefined);
      res.writeHead(500).end(String(e));
    } finally {
      client.release();
    }
  });
  await new Promise((r) => floor.listen(0, '127.0.0.1', r));
  const floorUrl = `http://127.0.0.1:${floor.address().port}`;

  const cases = {
    'experiments(first: 50)': {
      floor: 'experiments',
      query: `{ experiments(first: 50) { nodes { id title state unit { name } owner { name } partners { name kind }
        partnerCount entryCount lastEntryOn } pageInfo { hasNextPage } } }`,
    },
    'experiment(id) with its log': {
      floor: 'experiment',
      query: `query($id: ID!) { experiment(id: $id) { id title state hypothesis { change metric } unit { name } owner { name }
        team { name } partners { name kind } learningEntries { id kind text entryDate author { name } } } }`,
      variables: { id: oneId },
    },
    'ideas(first: 50)': {
      floor: 'ideas',
      query: `{ ideas(first: 50) { nodes { id title state unit { name } author { name } backingCount commentCount }
        pageInfo { hasNextPage } } }`,
    },
    'search "kommune" (common)': {
      floor: 'search-common',
      query: `{ search(query: "kommune", first: 20) { total capped hits { kind id title } } }`,
    },
    'search "fyrlykta" (selective)': {
      floor: 'search-selective',
      query: `{ search(query: "fyrlykta", first: 20) { total capped hits { kind id title } } }`,
    },
  };
  const targets = {};
  for (const [name, c] of Object.entries(cases)) {
    targets[name] = {
      api: {
        url: apiUrl,
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify({ query: c.query, variables: c.variables ?? {} }),
      },
      floor: { url: `${floorUrl}/${c.floor}`, method: 'GET', headers: {} },
    };
  }

  // ---- Same JSON from both; statements per request; the API's data statement for EXPLAIN.
  const results = {};
  for (const [name, t] of Object.entries(targets)) {
    const once = async (target) => {
      counting = [];
      const res = await fetch(target.url, target);
      const body = await res.json();
      const sent = counting;
      counting = null;
      return { body, sent };
    };
    const a = await once(t.api);
    const f = await once(t.floor);
    if (a.body.errors) throw new Error(`${name}: ${JSON.stringify(a.body.errors)}`);
    const same = isDeepStrictEqual(a.body, f.body);
    if (!same)
      log(
        `${name}: the API and the floor differ\n${JSON.stringify(a.body).slice(0, 600)}\n${JSON.stringify(f.body).slice(0, 600)}`,
      );
    const statements = (sent) => sent.reduce((n, s) => n + s.text.split(/;\s*(?=\S)/).length, 0);
    results[name] = {
      same,
      apiStatements: statements(a.sent),
      floorStatements: statements(f.sent),
      dataSql: a.sent.find((s) => /^\s*(WITH|SELECT row_to_json)/.test(s.text)),
      rounds: { api: [], floor: [] },
    };
  }

  // ---- Alternating rounds at a fixed concurrency; the load comes from a worker thread.
  const load = (target, seconds) =>
    new Promise((resolve, reject) => {
      const w = new Worker(new URL('./load-worker.js', import.meta.url), {
        workerData: { target, seconds, concurrency: CONCURRENCY },
      });
      w.once('message', resolve);
      w.once('error', reject);
    });
  for (const t of Object.values(targets)) {
    await load(t.api, 1); // warm up: JIT, pools, caches
    await load(t.floor, 1);
  }
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, t] of Object.entries(targets)) {
      for (const side of round % 2 ? ['floor', 'api'] : ['api', 'floor']) {
        const elu = performance.eventLoopUtilization();
        const profiling = PROFILE && side === 'api' ? await startProfile() : null;
        const r = await load(t[side], SECONDS);
        if (profiling) await profiling.stop();
        r.busyMs = performance.eventLoopUtilization(elu).active; // main thread: servers only
        results[name].rounds[side].push(r);
        log(
          `${name} ${side} round ${round + 1}: ${(r.count / r.seconds).toFixed(0)} req/s, ${r.errors} errors`,
        );
      }
    }
  }

  // ---- EXPLAIN of each API data statement as the app role with the tenant set.
  const explains = {};
  for (const [name, r] of Object.entries(results)) {
    const client = await pool.connect();
    try {
      await client.query(tenant);
      const plan = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${r.dataSql.text}`, r.dataSql.values);
      explains[name] = plan.rows.map((x) => x['QUERY PLAN']).join('\n');
      await client.query('COMMIT');
    } finally {
      client.release();
    }
  }

  // ---- Inside app_search_candidates: the statement it EXECUTEs, as its owner would run it
  // (no row-level security), with the tenant set, for both terms.
  {
    const client = await pool.connect();
    const owner = new pg.Client({ connectionString: pgServer.roleUrl('bench', 'owner') });
    await owner.connect();
    try {
      const { rows } = await owner.query(
        `SELECT prosrc FROM pg_proc WHERE proname = 'app_search_candidates'`,
      );
      const inner = rows[0].prosrc.match(/\$search\$([\s\S]*)\$search\$/)[1];
      for (const [name, floorName] of [
        ['search "kommune" (common)', 'search-common'],
        ['search "fyrlykta" (selective)', 'search-selective'],
      ]) {
        await owner.query(
          `START TRANSACTION READ ONLY; SELECT set_config('app.organisation_id', '${org}', true), set_config('app.person_id', '${me}', true)`,
        );
        const plan = await owner.query(`EXPLAIN (ANALYZE, BUFFERS) ${inner}`, [
          ...floorParams[floorName],
          1000,
        ]);
        explains[`${name}: inside app_search_candidates`] = plan.rows.map((x) => x['QUERY PLAN']).join('\n');
        await owner.query('COMMIT');
      }
    } finally {
      client.release();
      await owner.end();
    }
  }

  // ---- Database time alone: each data statement 50 times in a row on one connection.
  for (const [name, r] of Object.entries(results)) {
    const c = cases[name];
    const client = await pool.connect();
    try {
      await client.query(tenant);
      const time = async (sql, values) => {
        for (let i = 0; i < 5; i++) await client.query(sql, values);
        const t = performance.now();
        for (let i = 0; i < 50; i++) await client.query(sql, values);
        return (performance.now() - t) / 50;
      };
      r.dbMs = {
        api: await time(r.dataSql.text, r.dataSql.values),
        floor: await time(floorSql[c.floor], floorParams[c.floor]),
      };
      await client.query('COMMIT');
    } finally {
      client.release();
    }
  }

  await app.close();
  await ds.destroy();
  await new Promise((r) => floor.close(r));
  await pool.end();
  report(results, explains, seedSeconds, seeded.counts, orgExperiments);
}

async function startProfile() {
  if (!profileSession) {
    profileSession = new Session();
    profileSession.connect();
    await profileSession.post('Profiler.enable');
  }
  await profileSession.post('Profiler.start');
  return {
    async stop() {
      const { profile } = await profileSession.post('Profiler.stop');
      const file = PROFILE.replace(/(\.cpuprofile)?$/, `.${Date.now()}.cpuprofile`);
      writeFileSync(file, JSON.stringify(profile));
      log(`profile: ${file}`);
    },
  };
}

function summary(rounds) {
  const count = rounds.reduce((n, r) => n + r.count, 0);
  const seconds = rounds.reduce((n, r) => n + r.seconds, 0);
  const lat = rounds.flatMap((r) => r.latencies).sort((a, b) => a - b);
  const at = (p) => lat[Math.min(lat.length - 1, Math.floor(lat.length * p))] ?? NaN;
  return {
    rps: count / seconds,
    p50: at(0.5),
    p99: at(0.99),
    errors: rounds.reduce((n, r) => n + r.errors, 0),
    busyMs: rounds.reduce((n, r) => n + r.busyMs, 0) / count,
    perRound: rounds.map((r) => (r.count / r.seconds).toFixed(0)).join(' / '),
  };
}

function report(results, explains, seedSeconds, counts, orgExperiments) {
  const cpu = os.cpus();
  const f0 = (n) => n.toFixed(0);
  const f1 = (n) => n.toFixed(1);
  const rows = Object.entries(results).map(([name, r]) => {
    const a = summary(r.rounds.api);
    const f = summary(r.rounds.floor);
    return { name, r, a, f, ratio: a.rps / f.rps };
  });
  const lines = [
    '# Benchmarks',
    '',
    `Run with \`npm run bench\` on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC: ${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}; embedded PostgreSQL 18 on the same machine, everything over loopback.`,
    `Data: the scale generator (\`npm run seed:scale\`, docs/benchmarks.md "Scale data") at ${ROWS.toLocaleString('en')} experiments across all 357 municipalities and 15 counties by population (${Object.entries(
      counts,
    )
      .map(([t, n]) => `${t} ${n.toLocaleString('en')}`)
      .join(
        ', ',
      )}); the requests read Oslo (${orgExperiments.toLocaleString('en')} experiments). Search: "kommune" is in every other idea, experiment and lesson, "fyrlykta" in one in 10,000. Seeded set-based in ${f1(seedSeconds)} s.`,
    `Method: the API with \`NODE_ENV=production\`, signed in as Oslo's innovation lead, connecting as the application role (row-level security on); the floor is the same JSON from one hand-written SQL through \`pg\` on a bare \`node:http\` server, as the same role, with the tenant set by \`set_config\` in the same read-only transaction. ${ROUNDS} rounds of ${SECONDS} s each, alternating API and floor, at concurrency ${CONCURRENCY} (a bounded loop of \`fetch\` in a worker thread), after a 1 s warm-up each. The machine is shared: read the ratios, not the absolute numbers.`,
    '',
    '| request | API req/s | API p50 / p99 ms | floor req/s | floor p50 / p99 ms | API / floor | target | SQL statements (API / floor) | same JSON |',
    '| --- | ---: | ---: | ---: | ---: | ---: | --- | ---: | --- |',
    ...rows.map(
      ({ name, r, a, f, ratio }) =>
        `| ${name} | ${f0(a.rps)} | ${f1(a.p50)} / ${f1(a.p99)} | ${f0(f.rps)} | ${f1(f.p50)} / ${f1(f.p99)} | **${ratio.toFixed(2)}** | ≥ 0.5 ${ratio >= 0.5 ? '✓' : '✗'} | ${r.apiStatements} / ${r.floorStatements} | ${r.same ? 'yes' : 'NO'} |`,
    ),
    '',
    'Requests per second per round (API; floor): ' +
      rows.map(({ name, a, f }) => `${name}: ${a.perRound}; ${f.perRound}`).join(' — ') +
      '. Errors: ' +
      rows.map(({ name, a, f }) => `${name} ${a.errors + f.errors}`).join(', ') +
      '.',
    '',
    'Where the time goes, per request: Node main-thread busy time (event-loop utilisation × round time ÷ requests: the HTTP server, GraphQL, the pg driver; the load itself runs in a worker) and the data statement alone on one connection (50 runs in a row, planning included, over loopback).',
    '',
    '| request | Node busy ms (API / floor) | data statement ms (API / floor) |',
    '| --- | ---: | ---: |',
    ...rows.map(
      ({ name, r, a, f }) =>
        `| ${name} | ${f1(a.busyMs)} / ${f1(f.busyMs)} | ${f1(r.dbMs.api)} / ${f1(r.dbMs.floor)} |`,
    ),
    '',
    'SQL statements count everything sent for one request: the API sends `START TRANSACTION READ ONLY`, the session lookup (which also sets the tenant), one data statement and `COMMIT`; the floor sends `START` with the `set_config` (one round trip, two statements), its statement and `COMMIT`.',
    '',
    'Before this change (the issue, same data size): experiments(first: 50) 38 req/s against a floor of 526 (0.07); experiment(id) 232 against 1,452 (0.16).',
    '',
    '## Plans of the API’s data statements',
    '',
    'EXPLAIN (ANALYZE, BUFFERS) of the statement each request sent, as the application role with the tenant set.',
    '',
    ...Object.entries(explains).flatMap(([name, plan]) => [`### ${name}`, '', '```', plan, '```', '']),
  ];
  // The hand-written reading of the figures (from "## What the figures say" on) is kept.
  const file = path.join(root, 'docs', 'benchmarks.md');
  const old = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const kept = old.indexOf('## What the figures say');
  writeFileSync(file, [...lines, ...(kept >= 0 ? [old.slice(kept).trimEnd(), ''] : [])].join('\n'));
  console.log(lines.slice(0, 14).join('\n'));
}
