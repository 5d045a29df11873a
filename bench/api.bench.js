// The API measured side by side with its floor: the same JSON from one hand-written SQL
// through `pg`, served by a bare node:http server, under the same session and row-level
// security conditions. One run, alternating rounds (API, floor, API, floor, …) at a fixed
// concurrency, so both see the same machine. Run: npm run bench (builds first; NODE_ENV=production).
// BENCH_ROWS (default 100000: experiments nationally, seeded by api/src/scale; Oslo gets about 12 %) sizes the data, BENCH_SECONDS (default 4) the rounds,
// BENCH_ROUNDS (default 3) their number, BENCH_CONCURRENCY (default 10) the load
// (BENCH_EXPORT_CONCURRENCY, default 2, for the CSV export, whose one request reads a whole organisation).
// BENCH_DATA_DIR=.data-scale/postgres: bench an already seeded database instead (`npm run seed:scale`;
// BENCH_PORT default 5499, BENCH_DATABASE default laerekraft_scale); no seed, pending migrations run.
// Writes docs/benchmarks.md (everything above "## What the figures say"), or BENCH_REPORT=file.
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
import { startEmbeddedPostgres } from '../api/dist/core/database/embedded-postgres.js';
import { createDataSource } from '../api/dist/data-source.js';
import { createServer } from '../api/dist/server.js';
import { loadConfig } from '../api/dist/core/config/config.js';
import { hashPassword } from '../api/dist/core/auth/passwords.js';
import { parseSearch } from '@laerekraft/shared';
import { SCALE_TABLES as COUNTED, seedScale } from '../api/dist/scale/seed-scale.js';

const root = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 4);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 10);
const EXPORT_CONCURRENCY = Number(process.env.BENCH_EXPORT_CONCURRENCY ?? 2);
const DATA_DIR = process.env.BENCH_DATA_DIR ? path.resolve(process.env.BENCH_DATA_DIR) : null;
const DB = DATA_DIR ? (process.env.BENCH_DATABASE ?? 'laerekraft_scale') : 'bench';
const REPORT = process.env.BENCH_REPORT ? path.resolve(process.env.BENCH_REPORT) : null;
// The single experiment shows this many learning-log entries.
const LOG_ENTRIES = 50;
const MANAGER = 'p3@0301.scale.example';
const log = (s) => process.stderr.write(`${s}\n`);
// BENCH_PROFILE=file.cpuprofile: a CPU profile of the main thread during the API's rounds only.
const PROFILE = process.env.BENCH_PROFILE;
let profileSession = null;

// Statement counter: every query any pg client sends while `counting` is on (the API's
// TypeORM pool and the floor's pool use the same pg module).
// Each is timed from send to answer (queued behind others on its connection included).
let counting = null;
const originalQuery = pg.Client.prototype.query;
pg.Client.prototype.query = function (config, values, cb) {
  if (!counting) return originalQuery.call(this, config, values, cb);
  const sent = {
    text: typeof config === 'string' ? config : config.text,
    values: Array.isArray(values) ? values : config?.values,
    ms: 0,
  };
  counting.push(sent);
  const t = performance.now();
  const done = () => (sent.ms = performance.now() - t);
  const callback = typeof values === 'function' ? values : typeof cb === 'function' ? cb : null;
  if (callback) {
    const wrapped = (...a) => (done(), callback(...a));
    return typeof values === 'function'
      ? originalQuery.call(this, config, wrapped)
      : originalQuery.call(this, config, values, wrapped);
  }
  const r = originalQuery.call(this, config, values, cb);
  if (r && typeof r.then === 'function') r.then(done, done);
  return r;
};

const pgServer = DATA_DIR
  ? await startEmbeddedPostgres({ dataDir: DATA_DIR, port: Number(process.env.BENCH_PORT ?? 5499) })
  : await startThrowawayPostgres();
try {
  await run();
} catch (e) {
  log(e?.stack ?? String(e));
  process.exitCode = 1;
} finally {
  await pgServer.stop();
}

async function run() {
  await pgServer.ensureDatabase(DB);
  const owner = createDataSource(pgServer.roleUrl(DB, 'owner'));
  await owner.initialize();
  await owner.runMigrations();
  await owner.destroy();

  // ---- Seed with the scale generator (api/src/scale, the same as `npm run seed:scale`): all
  // municipalities and counties, ROWS experiments across them by population. The requests read
  // as Oslo's innovation lead (the largest organisation; sees all of it, as the floor does; also
  // the coordinator of a national network). "kommune" is in every other idea, experiment and
  // lesson, "fyrlykta" in one in 10,000. With BENCH_DATA_DIR the seeded database is read as it is.
  const su = new pg.Client({ connectionString: pgServer.urlFor(DB) });
  su.on('error', () => undefined); // the server stopping under it at the end
  await su.connect();
  let seedSeconds = null;
  let counts;
  if (DATA_DIR) {
    counts = {};
    for (const t of COUNTED) counts[t] = Number((await su.query(`SELECT count(*) AS n FROM ${t}`)).rows[0].n);
    if (!counts.experiments)
      throw new Error(`${DATA_DIR}: database ${DB} has no experiments (npm run seed:scale)`);
  } else {
    const seeded = await seedScale(su, {
      experiments: ROWS,
      passwordHash: await hashPassword('benchmark password'),
      log,
    });
    seedSeconds = seeded.seconds;
    counts = seeded.counts;
    for (const t of COUNTED.filter((t) => !(t in counts)))
      counts[t] = Number((await su.query(`SELECT count(*) AS n FROM ${t}`)).rows[0].n);
  }
  const password = DATA_DIR ? 'scale password' : 'benchmark password';
  const {
    rows: [{ org, me }],
  } = await su.query(
    `SELECT o.id AS org, p.id AS me FROM organisations o JOIN persons p ON p.organisation_id = o.id
      WHERE o.kommunenummer = '0301' AND p.email = 'p1@0301.scale.example'`,
  );
  const orgExperiments = Number(
    (await su.query(`SELECT count(*) AS n FROM experiments WHERE organisation_id = $1`, [org])).rows[0].n,
  );
  const oneId = await experimentWithLog(su, org);
  const networkId = (
    await su.query(`SELECT id FROM networks WHERE coordinator_id = $1 ORDER BY name, id LIMIT 1`, [me])
  ).rows[0]?.id;
  const networkFacts = networkId
    ? (
        await su.query(
          `SELECT n.name, (SELECT count(*) FROM network_memberships m WHERE m.network_id = n.id AND m.status = 'MEMBER') AS members,
                  (SELECT count(*) FROM lessons l WHERE l.state = 'PUBLISHED' AND l.reach = 'NETWORK'
                      AND n.id = ANY(l.network_ids)) AS lessons
             FROM networks n WHERE n.id = $1`,
          [networkId],
        )
      ).rows[0]
    : {};
  const queued = Number(
    (
      await su.query(
        `WITH RECURSIVE below AS (SELECT r.unit_id AS id FROM role_assignments r JOIN persons p ON p.id = r.person_id
                                    WHERE p.email = $1 AND r.role = 'MANAGER'
                                  UNION SELECT u.id FROM units u JOIN below b ON u.parent_id = b.id)
         SELECT count(*) AS n FROM ideas i WHERE i.state = 'SUBMITTED' AND i.unit_id IN (SELECT id FROM below)`,
        [MANAGER],
      )
    ).rows[0].n,
  );
  await su.end();
  log(
    DATA_DIR
      ? `read the seeded ${counts.experiments} experiments in ${DATA_DIR} (Oslo: ${orgExperiments})`
      : `seeded ${ROWS} experiments (Oslo: ${orgExperiments}) in ${seedSeconds.toFixed(1)} s`,
  );

  // ---- The API, as in production, connecting as the application role.
  const appUrl = pgServer.roleUrl(DB, 'app');
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
  const apiBase = `http://127.0.0.1:${app.getHttpServer().address().port}`;
  const apiUrl = `${apiBase}/graphql`;
  const signIn = async (email) => {
    const login = await fetch(apiUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `mutation { login(input: { email: "${email}", password: "${password}" }) { id } }`,
      }),
    });
    const cookie = login.headers
      .getSetCookie()
      .find((c) => c.startsWith('lk_session='))
      ?.split(';')[0];
    if (!cookie) throw new Error(`login failed: ${await login.text()}`);
    return cookie;
  };
  const cookie = await signIn('p1@0301.scale.example');
  // The review queue is a manager's: Oslo's person 3 manages the first sector (and every unit below it).
  const managerCookie = await signIn(MANAGER);

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

  const dashboardFields = `scope scopeId name funnel { stage count } byAction { key count } bySdg { key count }
    byTheme { key count } byResult { key count } byUnit { id name count } learningRate { part whole }
    medianDaysToDecision medianDaysToEnd quietExperiments unionBeforeStart { part whole }
    resources { experiments hours nok withAcceptableLoss hoursWithAcceptableLoss nokWithAcceptableLoss }
    trend { quarter ideas approved started ended lessons }`;
  const dashboard = (filter) => ({
    query: `query($filter: DashboardFilterInput!) { dashboard(filter: $filter) { ${dashboardFields} } }`,
    variables: { filter },
  });
  const cases = {
    'dashboard ORGANISATION': dashboard({ scope: 'ORGANISATION' }),
    'dashboard NETWORK': dashboard({ scope: 'NETWORK', scopeId: networkId }),
    'dashboard NATIONAL': dashboard({ scope: 'NATIONAL' }),
    'experiments(first: 50)': {
      floor: 'experiments',
      query: `{ experiments(first: 50) { nodes { id title state unit { name } owner { name } partners { name kind }
        partnerCount entryCount lastEntryOn } pageInfo { hasNextPage } } }`,
    },
    [`experiment(id) with its log (${LOG_ENTRIES} entries)`]: {
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
    // The web's review queue page (ReviewQueueItem): up to 200 submitted ideas, oldest first.
    [`reviewQueue (${MANAGER})`]: {
      as: managerCookie,
      query: `{ reviewQueue { id title state submittedAt waitingDays hideAuthor unit { id name } author { id name } } }`,
    },
    'search "kommune" (common)': {
      floor: 'search-common',
      query: `{ search(query: "kommune", first: 20) { total capped hits { kind id title } } }`,
    },
    'search "fyrlykta" (selective)': {
      floor: 'search-selective',
      query: `{ search(query: "fyrlykta", first: 20) { total capped hits { kind id title } } }`,
    },
    // The lessons library's first page as the web asks for it (LessonsPage, LessonListFields).
    'lessons(first: 20) (library)': {
      query: `{ lessons(first: 20) { nodes { id title summary state reach result experimentState actions publishedAt createdAt
        organisation { id name kommunenummer } } pageInfo { hasNextPage endCursor } } }`,
    },
    // The whole organisation's experiments as CSV, streamed (the load reads and drops the bytes).
    'GET /export/experiments.csv': { url: `${apiBase}/export/experiments.csv`, stream: true },
  };
  const targets = {};
  for (const [name, c] of Object.entries(cases)) {
    targets[name] = {
      api: c.url
        ? { url: c.url, method: 'GET', headers: { cookie }, stream: true }
        : {
            url: apiUrl,
            method: 'POST',
            headers: { 'content-type': 'application/json', cookie: c.as ?? cookie },
            body: JSON.stringify({ query: c.query, variables: c.variables ?? {} }),
          },
      floor: c.floor ? { url: `${floorUrl}/${c.floor}`, method: 'GET', headers: {} } : null,
      concurrency: c.stream ? EXPORT_CONCURRENCY : CONCURRENCY,
    };
  }

  // ---- Same JSON from both; statements per request; the API's slowest statement for EXPLAIN.
  // An operation the API cannot answer yet (a service being built) is reported and left out.
  const results = {};
  const missing = {};
  const statements = (sent) => sent.reduce((n, s) => n + s.text.split(/;\s*(?=\S)/).length, 0);
  const control = (s) => /^\s*(START TRANSACTION|BEGIN|COMMIT|ROLLBACK)\b/i.test(s.text);
  for (const [name, t] of Object.entries(targets)) {
    const once = async (target) => {
      counting = [];
      const t0 = performance.now();
      const res = await fetch(target.url, target);
      const out = target.stream ? await drain(res) : { status: res.status, body: await res.json() };
      const ms = performance.now() - t0;
      // The export's transaction ends after the last byte: wait for its COMMIT.
      await new Promise((r) => setTimeout(r, 50));
      const sent = counting;
      counting = null;
      return { ...out, ms, sent };
    };
    const a = await once(t.api);
    if (a.status !== 200 || a.body?.errors) {
      missing[name] = a.body?.errors?.[0]?.message ?? `HTTP ${a.status}`;
      log(`${name}: not measured: ${missing[name]}`);
      continue;
    }
    const f = t.floor ? await once(t.floor) : null;
    const same = f ? isDeepStrictEqual(a.body, f.body) : null;
    if (f && !same)
      log(
        `${name}: the API and the floor differ\n${JSON.stringify(a.body).slice(0, 600)}\n${JSON.stringify(f.body).slice(0, 600)}`,
      );
    const data = a.sent.filter((s) => !control(s));
    const slowest = data.reduce((x, s) => (!x || s.ms > x.ms ? s : x), null);
    results[name] = {
      same,
      apiStatements: statements(a.sent),
      floorStatements: f ? statements(f.sent) : null,
      onceMs: a.ms,
      bytes: a.bytes,
      lines: a.lines,
      // Replayed before the slowest one for its EXPLAIN: the session lookup (which sets the tenant) and any earlier reads.
      before: data.slice(0, data.indexOf(slowest)).filter((s) => /^\s*SELECT/i.test(s.text)),
      dataSql: slowest,
      statementMs: data.map((s) => s.ms),
      rounds: { api: [], floor: [] },
    };
    log(
      `${name}: ${results[name].apiStatements} statements, ${a.ms.toFixed(0)} ms alone${a.bytes ? `, ${a.bytes} bytes, ${a.lines} lines` : ''}`,
    );
  }

  // ---- Alternating rounds at a fixed concurrency; the load comes from a worker thread.
  const load = (target, seconds, concurrency) =>
    new Promise((resolve, reject) => {
      const w = new Worker(new URL('./load-worker.js', import.meta.url), {
        workerData: { target, seconds, concurrency },
      });
      w.once('message', resolve);
      w.once('error', reject);
    });
  const measured = Object.entries(targets).filter(([name]) => results[name]);
  for (const [, t] of measured) {
    await load(t.api, 1, t.concurrency); // warm up: JIT, pools, caches
    if (t.floor) await load(t.floor, 1, t.concurrency);
  }
  // The export's memory: the process's resident set and the main thread's heap, sampled every
  // 20 ms during its rounds (the servers run on the main thread; the load worker drops the bytes).
  const memory = { before: process.memoryUsage(), hwmBefore: vm('VmHWM'), rss: 0, heapUsed: 0 };
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, t] of measured) {
      for (const side of round % 2 ? ['floor', 'api'] : ['api', 'floor']) {
        if (!t[side]) continue;
        const sampler = t.api.stream
          ? setInterval(() => {
              const m = process.memoryUsage();
              memory.rss = Math.max(memory.rss, m.rss);
              memory.heapUsed = Math.max(memory.heapUsed, m.heapUsed);
            }, 20)
          : null;
        const elu = performance.eventLoopUtilization();
        const profiling = PROFILE && side === 'api' ? await startProfile() : null;
        const r = await load(t[side], SECONDS, t.concurrency);
        if (profiling) await profiling.stop();
        if (sampler) clearInterval(sampler);
        r.busyMs = performance.eventLoopUtilization(elu).active; // main thread: servers only
        results[name].rounds[side].push(r);
        log(
          `${name} ${side} round ${round + 1}: ${(r.count / r.seconds).toFixed(1)} req/s, ${r.errors} errors`,
        );
      }
    }
  }
  memory.hwmAfter = vm('VmHWM');

  // ---- EXPLAIN of each API's slowest statement as the app role, in a read-only transaction
  // after the request's own session lookup (which sets the tenant as the request did).
  const explains = {};
  const replay = async (client, r) => {
    await client.query('START TRANSACTION READ ONLY');
    for (const s of r.before) await client.query(s.text, s.values);
  };
  for (const [name, r] of Object.entries(results)) {
    const client = await pool.connect();
    try {
      await replay(client, r);
      const plan = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${r.dataSql.text}`, r.dataSql.values);
      explains[name] = plan.rows.map((x) => x['QUERY PLAN']).join('\n');
    } catch (e) {
      explains[name] = `(EXPLAIN failed: ${e.message})\n${r.dataSql.text}`;
    } finally {
      await client.query('ROLLBACK').catch(() => undefined);
      client.release();
    }
  }

  // ---- Inside app_search_candidates: the statement it EXECUTEs, as its owner would run it
  // (no row-level security), with the tenant set, for both terms.
  {
    const owner = new pg.Client({ connectionString: pgServer.roleUrl(DB, 'owner') });
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
      await owner.end();
    }
  }

  // ---- Database time alone: each slowest statement in a row on one connection (50 times; 3 when it takes over 200 ms).
  for (const [name, r] of Object.entries(results)) {
    const c = cases[name];
    const client = await pool.connect();
    try {
      const time = async (sql, values) => {
        const t0 = performance.now();
        await client.query(sql, values);
        const n = performance.now() - t0 > 200 ? 3 : 50;
        for (let i = 0; i < Math.min(n, 5); i++) await client.query(sql, values);
        const t = performance.now();
        for (let i = 0; i < n; i++) await client.query(sql, values);
        return (performance.now() - t) / n;
      };
      await replay(client, r);
      r.dbMs = { api: await time(r.dataSql.text, r.dataSql.values) };
      await client.query('ROLLBACK');
      if (c.floor) {
        await client.query(tenant);
        r.dbMs.floor = await time(floorSql[c.floor], floorParams[c.floor]);
        await client.query('COMMIT');
      }
    } finally {
      client.release();
    }
  }

  await app.close();
  await ds.destroy();
  await new Promise((r) => floor.close(r));
  await pool.end();
  report({
    results,
    missing,
    explains,
    seedSeconds,
    counts,
    orgExperiments,
    memory,
    network: networkId ? { id: networkId, ...networkFacts } : null,
    queued,
  });
}

/**
 * The single experiment: Oslo's concluded experiment with the longest log of at most
 * LOG_ENTRIES entries. The generator writes about five per experiment, so when it has fewer,
 * its own entries are written again (numbered, on their own dates, so inside its run; the
 * product's triggers keep the aggregates) until it has LOG_ENTRIES. A second run finds it.
 */
async function experimentWithLog(su, org) {
  const {
    rows: [pick],
  } = await su.query(
    `SELECT le.experiment_id AS id, count(*)::int AS n FROM learning_entries le JOIN experiments e ON e.id = le.experiment_id
      WHERE le.organisation_id = $1 AND e.state = 'CONCLUDED' AND e.ended_at < now() - interval '7 days'
      GROUP BY 1 HAVING count(*) <= $2 ORDER BY count(*) DESC, 1 LIMIT 1`,
    [org, LOG_ENTRIES],
  );
  if (pick.n < LOG_ENTRIES) {
    await su.query(
      `INSERT INTO learning_entries (organisation_id, experiment_id, author_id, kind, text, entry_date, version, created_at, updated_at)
       SELECT le.organisation_id, le.experiment_id, le.author_id, le.kind, le.text || ' (' || g || ')', le.entry_date, 1,
              le.created_at + g * interval '1 second', le.created_at + g * interval '1 second'
         FROM generate_series(1, $2::int) g,
              LATERAL (SELECT * FROM learning_entries x WHERE x.experiment_id = $1 ORDER BY x.created_at, x.id
                        OFFSET (g - 1) % $3::int LIMIT 1) le`,
      [pick.id, LOG_ENTRIES - pick.n, pick.n],
    );
    log(`experiment ${pick.id}: its ${pick.n} log entries written again up to ${LOG_ENTRIES}`);
  }
  return pick.id;
}

/** Reads a streamed body to its end, keeping only its size and line count. */
async function drain(res) {
  let bytes = 0;
  let lines = 0;
  for await (const chunk of res.body) {
    bytes += chunk.length;
    for (let i = 0; i < chunk.length; i++) if (chunk[i] === 10) lines++;
  }
  return { status: res.status, bytes, lines };
}

/** A field of /proc/self/status in bytes (VmHWM: the resident set's peak since start). */
function vm(field) {
  const m = readFileSync('/proc/self/status', 'utf8').match(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm'));
  return m ? Number(m[1]) * 1024 : NaN;
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
    count,
    rps: count / seconds,
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    errors: rounds.reduce((n, r) => n + r.errors, 0),
    busyMs: rounds.reduce((n, r) => n + r.busyMs, 0) / count,
    perRound: rounds.map((r) => (r.count / r.seconds).toFixed(r.count / r.seconds < 10 ? 1 : 0)).join(' / '),
  };
}

function report({
  results,
  missing,
  explains,
  seedSeconds,
  counts,
  orgExperiments,
  memory,
  network,
  queued,
}) {
  const cpu = os.cpus();
  const f0 = (n) => n.toFixed(0);
  const f1 = (n) => n.toFixed(1);
  const rps = (n) => (n < 10 ? n.toFixed(2) : n.toFixed(0));
  const mib = (n) => `${(n / 2 ** 20).toFixed(0)} MiB`;
  const experiments = counts.experiments;
  const rows = Object.entries(results).map(([name, r]) => {
    const a = summary(r.rounds.api);
    const f = r.rounds.floor.length ? summary(r.rounds.floor) : null;
    return { name, r, a, f, ratio: f ? a.rps / f.rps : null };
  });
  const exp = rows.find((x) => x.name.startsWith('GET /export'));
  const lines = [
    `## Run at ${experiments.toLocaleString('en')} experiments, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    '',
    `Run with \`${DATA_DIR ? `BENCH_DATA_DIR=${path.relative(root, DATA_DIR)} ` : ''}npm run bench\`: ${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}; embedded PostgreSQL 18 on the same machine, everything over loopback; load average at the end ${os
      .loadavg()
      .map((x) => x.toFixed(1))
      .join(' / ')}.`,
    `Data: the scale generator (\`npm run seed:scale\`, "Scale data" below) at ${experiments.toLocaleString('en')} experiments across all 357 municipalities and 15 counties by population (${Object.entries(
      counts,
    )
      .map(([t, n]) => `${t} ${n.toLocaleString('en')}`)
      .join(
        ', ',
      )}); the requests read Oslo (${orgExperiments.toLocaleString('en')} experiments) as its innovation lead${network ? `, and the network dashboard reads "${network.name}" (run by Oslo, which the same person coordinates: ${network.members} members, ${network.lessons} lessons published to it)` : ''}; the review queue reads as ${MANAGER}, manager of a sector of Oslo (${queued.toLocaleString('en')} submitted ideas in it and below; the queue shows the oldest 200). Search: "kommune" is in every other idea, experiment and lesson, "fyrlykta" in one in 10,000. ${seedSeconds === null ? `Read from the seeded ${path.relative(root, DATA_DIR)}.` : `Seeded set-based in ${f1(seedSeconds)} s.`}`,
    `Method: the API with \`NODE_ENV=production\`, signed in, connecting as the application role (row-level security on); the floor (list, single experiment, ideas, search) is the same JSON from one hand-written SQL through \`pg\` on a bare \`node:http\` server, as the same role, with the tenant set by \`set_config\` in the same read-only transaction. ${ROUNDS} rounds of ${SECONDS} s each, alternating API and floor, at concurrency ${CONCURRENCY} (the CSV export at ${EXPORT_CONCURRENCY}; a bounded loop of \`fetch\` in a worker thread; a request in flight when the round ends is waited for and counted), after a 1 s warm-up each.`,
    '',
    '| request | API req/s | API p50 / p95 / p99 ms | floor req/s | floor p50 / p95 / p99 ms | API / floor | SQL statements (API / floor) | same JSON | requests (errors) |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: |',
    ...rows.map(
      ({ name, r, a, f, ratio }) =>
        `| ${name} | ${rps(a.rps)} | ${f1(a.p50)} / ${f1(a.p95)} / ${f1(a.p99)} | ${f ? rps(f.rps) : '–'} | ${f ? `${f1(f.p50)} / ${f1(f.p95)} / ${f1(f.p99)}` : '–'} | ${ratio === null ? '–' : `**${ratio.toFixed(2)}**`} | ${r.apiStatements} / ${r.floorStatements ?? '–'} | ${r.same === null ? '–' : r.same ? 'yes' : 'NO'} | ${a.count} (${a.errors + (f?.errors ?? 0)}) |`,
    ),
    ...Object.entries(missing).map(
      ([name, why]) => `| ${name} | not measured: ${why.replace(/\|/g, '/')} | | | | | | | |`,
    ),
    '',
    'Requests per second per round (API; floor): ' +
      rows.map(({ name, a, f }) => `${name}: ${a.perRound}${f ? `; ${f.perRound}` : ''}`).join(' — ') +
      '.',
    '',
    'Where the time goes, per request: Node main-thread busy time (event-loop utilisation × round time ÷ requests: the HTTP server, GraphQL, the pg driver; the load itself runs in a worker), the slowest SQL statement of one request alone (timed in the request, sent to answer), and the same statement again on one connection (50 runs in a row, 3 when over 200 ms; planning included, over loopback; the floor’s statement beside it).',
    '',
    '| request | Node busy ms (API / floor) | slowest statement in the request ms | that statement alone ms (API / floor) |',
    '| --- | ---: | ---: | ---: |',
    ...rows.map(
      ({ name, r, a, f }) =>
        `| ${name} | ${f1(a.busyMs)} / ${f ? f1(f.busyMs) : '–'} | ${f1(r.dataSql.ms)} | ${f1(r.dbMs.api)} / ${r.dbMs.floor === undefined ? '–' : f1(r.dbMs.floor)} |`,
    ),
    '',
    'SQL statements count everything sent for one request: the API sends `START TRANSACTION READ ONLY`, the session lookup (which also sets the tenant), its data statements and `COMMIT`; the floor sends `START` with the `set_config` (one round trip, two statements), its statement and `COMMIT`.',
    ...(exp
      ? [
          '',
          `CSV export: one download is ${exp.r.bytes.toLocaleString('en')} bytes, ${exp.r.lines.toLocaleString('en')} lines (header included), ${f0(exp.r.onceMs)} ms alone, ${exp.r.apiStatements} statements (${exp.r.statementMs.length} reads). Memory of the bench process (API server, idle floor server, load worker) during the export rounds: resident set ${mib(memory.before.rss)} before, peak ${mib(memory.rss)} (sampled every 20 ms); main-thread heap used ${mib(memory.before.heapUsed)} before, peak ${mib(memory.heapUsed)}; VmHWM ${mib(memory.hwmBefore)} before the rounds, ${mib(memory.hwmAfter)} after.`,
        ]
      : []),
    '',
    '### Plans of the API’s slowest statements',
    '',
    'EXPLAIN (ANALYZE, BUFFERS) of the slowest statement each request sent, as the application role after the request’s own session lookup.',
    '',
    ...Object.entries(explains).flatMap(([name, plan]) => [`#### ${name}`, '', '```', plan, '```', '']),
  ];
  if (REPORT) {
    writeFileSync(REPORT, lines.join('\n') + '\n');
    log(`report: ${REPORT}`);
  } else {
    // The report goes first; the rest of the file (earlier runs, the hand-written reading) is kept.
    const file = path.join(root, 'docs', 'benchmarks.md');
    const old = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
    const title = old.indexOf('\n## ');
    writeFileSync(
      file,
      [
        old.slice(0, title < 0 ? old.length : title).trimEnd(),
        '',
        ...lines,
        ...(title >= 0 ? [old.slice(title + 1).trimEnd(), ''] : []),
      ].join('\n'),
    );
  }
  console.log(lines.slice(0, 12 + rows.length).join('\n'));
}
