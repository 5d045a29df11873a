import { createHash } from 'node:crypto';
import type pg from 'pg';
import { allFylker, allKommuner, organisationNumberCheckDigit } from '@laerekraft/shared';
import * as W from './words.js';

/**
 * The scale generator (issue 9, "Scale generator"; docs/benchmarks.md, "Scale data"): all 357
 * municipalities and 15 counties with unit trees and people scaled by population, regional and
 * national networks, and by default 1,000,000 experiments, 5,000,000 learning-log entries,
 * 1,500,000 ideas, lessons, adoptions across organisations, measurements and challenges, with
 * Norwegian text (bokmål and some nynorsk) from `words.ts`.
 *
 * Set-based: every table is one `INSERT … SELECT` over `generate_series`, row numbers hashed
 * into attributes (deterministic: the same size gives the same data). The big tables' secondary
 * indexes and foreign keys are dropped for the load and recreated after it (the same
 * definitions, read from the catalogue first), the vocabulary and idea-backing count triggers
 * are off during the load and their results computed set-based after it
 * (`app_search_vocabulary_rebuild()`, one UPDATE), the `search_vector` triggers stay on (so
 * every vector is the product's own). `checkScale` verifies the product's rules on the result.
 *
 * Runs as a superuser (row-level security does not apply; `organisation_id` is set from the
 * parent row everywhere, and checked). Needs a migrated database with no organisations.
 */
export interface ScaleOptions {
  experiments: number;
  /** Default 5 × experiments. */
  learningEntries?: number;
  /** Default 1.5 × experiments. */
  ideas?: number;
  /** A password hash for the people who can sign in (person 1–8 of every organisation). */
  passwordHash?: string | null;
  log?: (line: string) => void;
}

export interface ScaleResult {
  phases: Array<{ name: string; seconds: number; rows?: number }>;
  seconds: number;
  counts: Record<string, number>;
}

/** The tables whose secondary indexes and foreign keys are rebuilt after the load. */
/** The tables a seeded database's report counts (the generator's and the bench's). */
export const SCALE_TABLES: readonly string[] = [
  'organisations',
  'units',
  'persons',
  'role_assignments',
  'networks',
  'network_memberships',
  'challenges',
  'ideas',
  'idea_backings',
  'idea_comments',
  'experiments',
  'experiment_members',
  'experiment_partners',
  'union_involvements',
  'measurements',
  'learning_entries',
  'lessons',
  'adoptions',
  'search_vocabulary',
  'portfolio_facts',
  'portfolio_cells',
  'portfolio_rollups',
  'shared_lesson_cells',
];

/** Tables whose `portfolio_refresh` trigger keeps the dashboards' aggregates; off during the load, rebuilt after. */
const PORTFOLIO_TRIGGERS = [
  'ideas',
  'experiments',
  'lessons',
  'learning_entries',
  'union_involvements',
  'experiment_partners',
  'adoptions',
];

const BULK_TABLES = [
  'experiments',
  'ideas',
  'learning_entries',
  'measurements',
  'experiment_members',
  'experiment_partners',
  'union_involvements',
  'idea_backings',
  'idea_comments',
  'persons',
  'role_assignments',
];

/** Deterministic uuid for a kind and a number, the same as md5(kind || n)::uuid in SQL. */
export function scaleId(kind: string, n: number | string): string {
  const h = createHash('md5').update(`${kind}${n}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

const q = (s: string) => `'${s.replace(/'/g, "''")}'`;
const arr = (a: readonly string[]) => `(ARRAY[${a.map(q).join(',')}]::text[])`;
const arr2 = (a: readonly (readonly string[])[]) =>
  `(ARRAY[${a.map((r) => `ARRAY[${r.map(q).join(',')}]`).join(',')}]::text[])`;
/** Pick from a bokmål or nynorsk list with a 0-based index expression. */
const pick = (nb: readonly string[], nn: readonly string[], i: string, nnExpr = 'x.nn') =>
  `(CASE WHEN ${nnExpr} THEN ${arr(nn)} ELSE ${arr(nb)} END)[1 + (${i}) % ${nb.length}]`;
const ucfirst = (s: string) => `(upper(left(${s}, 1)) || substr(${s}, 2))`;
const H = (g: string, salt: number) => `pg_temp.h(${g}, ${salt})`;

interface Org {
  idx: number;
  id: string;
  kind: 'KOMMUNE' | 'FYLKESKOMMUNE';
  name: string;
  orgnr: string;
  knr: string | null;
  fnr: string;
  pop: number;
  nn: number;
  nExp: number;
  nIdeas: number;
  nPeople: number;
  nLeaves: number;
  nChallenges: number;
  expStart: number;
  ideaStart: number;
}

function orgNumber(i: number): string {
  for (let n = 0; ; n++) {
    const first = String(92000000 + i * 37 + n);
    const d = organisationNumberCheckDigit(first);
    if (d !== null) return first + d;
  }
}

/** Largest-remainder shares of `total` by weight. */
function shares(weights: number[], total: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const raw = weights.map((w) => (w / sum) * total);
  const out = raw.map(Math.floor);
  let left = total - out.reduce((a, b) => a + b, 0);
  const order = raw.map((r, i) => [r - Math.floor(r), i] as const).sort((a, b) => b[0] - a[0]);
  for (let k = 0; left > 0; k++, left--) out[order[k % order.length][1]]++;
  return out;
}

function hash01(s: string): number {
  return createHash('md5').update(s).digest().readUInt32BE(0) / 2 ** 32;
}

export function planOrganisations(experiments: number, ideas: number): Org[] {
  const kommuner = allKommuner();
  const fylker = allFylker();
  const popOf = (navn: string, nr: string) =>
    W.POPULATION[navn.split(' - ')[0]] ?? Math.round(900 * Math.exp(hash01(nr) * Math.log(28)));
  const orgs: Array<
    Omit<Org, 'nExp' | 'nIdeas' | 'expStart' | 'ideaStart' | 'nPeople' | 'nLeaves' | 'nChallenges'>
  > = [];
  kommuner.forEach((k, i) =>
    orgs.push({
      idx: i + 1,
      id: scaleId('o', i + 1),
      kind: 'KOMMUNE',
      name: `${k.navn} kommune`,
      orgnr: orgNumber(i + 1),
      knr: k.nummer,
      fnr: k.fylkesnummer,
      pop: popOf(k.navn, k.nummer),
      nn: W.NYNORSK_SHARE[k.fylkesnummer] ?? W.NYNORSK_DEFAULT,
    }),
  );
  fylker.forEach((f, j) => {
    const idx = kommuner.length + j + 1;
    const fylkePop = orgs.filter((o) => o.fnr === f.nummer).reduce((a, o) => a + o.pop, 0);
    orgs.push({
      idx,
      id: scaleId('o', idx),
      kind: 'FYLKESKOMMUNE',
      name: `${f.navn} fylkeskommune`,
      orgnr: orgNumber(idx),
      knr: null,
      fnr: f.nummer,
      pop: Math.round(fylkePop * 0.04),
      nn: W.NYNORSK_SHARE[f.nummer] ?? W.NYNORSK_DEFAULT,
    });
  });
  const nExp = shares(
    orgs.map((o) => o.pop),
    experiments,
  );
  const nIdeas = shares(
    orgs.map((o) => o.pop),
    ideas,
  );
  // People and units scale with population and, below a million experiments, with the size asked for.
  const f = Math.min(1, Math.max(0.01, experiments / 1_000_000));
  let expStart = 0;
  let ideaStart = 0;
  return orgs.map((o, i) => {
    const org: Org = {
      ...o,
      nExp: nExp[i],
      nIdeas: nIdeas[i],
      nPeople: Math.max(12, Math.round((o.pop / 100) * f)),
      nLeaves: Math.max(5, Math.round((o.pop / 2500) * Math.max(f, 0.05))),
      nChallenges: Math.max(1, Math.round(nExp[i] / 2000)),
      expStart,
      ideaStart,
    };
    expStart += nExp[i];
    ideaStart += nIdeas[i];
    return org;
  });
}

export async function seedScale(c: pg.Client, opts: ScaleOptions): Promise<ScaleResult> {
  const log = opts.log ?? (() => undefined);
  const N = opts.experiments;
  const NI = opts.ideas ?? Math.round(N * 1.5);
  const NL = opts.learningEntries ?? N * 5;
  const phases: ScaleResult['phases'] = [];
  const t0 = performance.now();
  const run = async (name: string, sql: string | string[]) => {
    const t = performance.now();
    let rows = 0;
    for (const s of Array.isArray(sql) ? sql : [sql]) rows += (await c.query(s)).rowCount ?? 0;
    const seconds = (performance.now() - t) / 1000;
    phases.push({ name, seconds, rows });
    log(`  ${name}: ${rows.toLocaleString('en')} rows touched in ${seconds.toFixed(1)} s`);
  };

  const existing = await c.query(`SELECT count(*)::int AS n FROM organisations`);
  if (existing.rows[0].n > 0) throw new Error('seedScale needs a database without organisations');

  await c.query(`SET synchronous_commit = off`);
  await c.query(`SET maintenance_work_mem = '256MB'`);
  await c.query(`SET work_mem = '64MB'`);
  await c.query(`CREATE OR REPLACE FUNCTION pg_temp.h(g bigint, s int) RETURNS bigint
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT abs(hashint8(g * 1000003 + s)::bigint) $$`);

  // ---- What is rebuilt after the load: secondary indexes and foreign keys of the big tables.
  const saved = await c.query<{ kind: string; tbl: string; name: string; def: string }>(
    `SELECT 'index' AS kind, i.tablename AS tbl, i.indexname AS name, i.indexdef AS def
       FROM pg_indexes i
      WHERE i.schemaname = 'public' AND i.tablename = ANY($1)
        AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conname = i.indexname)
     UNION ALL
     SELECT 'fk', k.conrelid::regclass::text, k.conname, pg_get_constraintdef(k.oid)
       FROM pg_constraint k WHERE k.contype = 'f' AND k.conrelid::regclass::text = ANY($1)`,
    [BULK_TABLES],
  );
  const plan = planOrganisations(N, NI);
  const orgCol = <K extends keyof Org>(k: K) => plan.map((o) => o[k]);
  await run('prepare: drop secondary indexes and foreign keys, triggers off', [
    ...saved.rows
      .filter((r) => r.kind === 'fk')
      .map((r) => `ALTER TABLE "${r.tbl}" DROP CONSTRAINT "${r.name}"`),
    ...saved.rows.filter((r) => r.kind === 'index').map((r) => `DROP INDEX "${r.name}"`),
    ...['ideas', 'experiments', 'lessons'].map((t) => `ALTER TABLE ${t} DISABLE TRIGGER search_vocabulary`),
    `ALTER TABLE idea_backings DISABLE TRIGGER idea_backings_count`,
    ...PORTFOLIO_TRIGGERS.map((t) => `ALTER TABLE ${t} DISABLE TRIGGER portfolio_refresh`),
  ]);

  // ---- Organisations, units, people, roles.
  await c.query(
    `CREATE TEMP TABLE scale_org AS
     SELECT * FROM unnest($1::int[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::int[],
                          $9::int[], $10::int[], $11::int[], $12::int[], $13::int[], $14::int[], $15::int[], $16::int[])
       AS t(idx, id, kind, name, orgnr, knr, fnr, pop, nn, n_exp, n_ideas, n_people, n_leaves, n_ch, exp_start, idea_start)`,
    [
      orgCol('idx'),
      orgCol('id'),
      orgCol('kind'),
      orgCol('name'),
      orgCol('orgnr'),
      orgCol('knr'),
      orgCol('fnr'),
      orgCol('pop'),
      orgCol('nn'),
      orgCol('nExp'),
      orgCol('nIdeas'),
      orgCol('nPeople'),
      orgCol('nLeaves'),
      orgCol('nChallenges'),
      orgCol('expStart'),
      orgCol('ideaStart'),
    ],
  );
  await c.query(`ALTER TABLE scale_org ADD PRIMARY KEY (idx); ANALYZE scale_org`);
  const unitId = (o: string, k: string) => `md5('u' || ${o} || '-' || ${k})::uuid`;
  const personId = (o: string, k: string) => `md5('p' || ${o} || '-' || ${k})::uuid`;
  const sectorNames = W.SECTORS.map((s) => s.nb);
  const sectorNamesNn = W.SECTORS.map((s) => s.nn);
  await run('organisations, units, people, roles', [
    `INSERT INTO organisations (id, kind, name, organisation_number, kommunenummer, fylkesnummer, created_at)
     SELECT id, kind, name, orgnr, knr, fnr, now() - interval '1600 days' FROM scale_org`,
    // Five sectors (1–5), then the leaves (6…) under sector ((k - 6) % 5) + 1.
    `INSERT INTO units (id, organisation_id, parent_id, name, version, created_at, updated_at)
     SELECT ${unitId('o.idx', 'k')}, o.id, NULL,
            (CASE WHEN o.nn >= 50 THEN ${arr(sectorNamesNn)} ELSE ${arr(sectorNames)} END)[k], 1,
            now() - interval '1600 days', now() - interval '1600 days'
       FROM scale_org o, generate_series(1, 5) k`,
    `INSERT INTO units (id, organisation_id, parent_id, name, version, created_at, updated_at)
     SELECT ${unitId('o.idx', 'k')}, o.id, ${unitId('o.idx', '((k - 6) % 5 + 1)')},
            replace((${arr2(W.UNIT_TEMPLATES)})[(k - 6) % 5 + 1][1 + (k - 6) / 5 % 5], '{place}',
                    ${arr(W.PLACES)}[1 + (k - 6) / 25 % ${W.PLACES.length}])
              || CASE WHEN k - 6 >= ${25 * W.PLACES.length} THEN ' ' || ((k - 6) / ${25 * W.PLACES.length} + 1) ELSE '' END,
            1, now() - interval '1600 days', now() - interval '1600 days'
       FROM scale_org o, generate_series(6, 5 + o.n_leaves) k`,
    // Person k works in leaf 1 + k % n_leaves; persons 1–8 can sign in (same password).
    `INSERT INTO persons (id, organisation_id, email, name, password_hash, locale, unit_id, created_at, updated_at)
     SELECT ${personId('o.idx', 'k')}, o.id, 'p' || k || '@' || coalesce(o.knr, 'f' || o.fnr) || '.scale.example',
            ${arr(W.FIRST_NAMES)}[1 + ${H('o.idx * 100000 + k', 1)} % ${W.FIRST_NAMES.length}] || ' ' ||
            ${arr(W.LAST_NAMES)}[1 + ${H('o.idx * 100000 + k', 2)} % ${W.LAST_NAMES.length}],
            CASE WHEN k <= 8 THEN ${opts.passwordHash ? q(opts.passwordHash) : 'NULL'} END,
            CASE WHEN ${H('o.idx * 100000 + k', 3)} % 100 < o.nn THEN 'nn' ELSE 'nb' END,
            ${unitId('o.idx', '(6 + k % o.n_leaves)')}, now() - interval '1500 days', now() - interval '1500 days'
       FROM scale_org o, generate_series(1, o.n_people) k`,
    // Everyone is an employee; 1 innovation lead, 2 reader, 3–7 sector managers, 8 union rep,
    // 9… managers of the leaves (as far as there are people); the county's 1 coordinates its network.
    `INSERT INTO role_assignments (organisation_id, person_id, role, unit_id, created_at)
     SELECT o.id, ${personId('o.idx', 'k')}, 'EMPLOYEE', NULL::uuid, now() - interval '1500 days'
       FROM scale_org o, generate_series(1, o.n_people) k
     UNION ALL
     SELECT o.id, ${personId('o.idx', '1')}, 'INNOVATION_LEAD', NULL, now() - interval '1500 days' FROM scale_org o
     UNION ALL
     SELECT o.id, ${personId('o.idx', '2')}, 'READER', NULL, now() - interval '1500 days' FROM scale_org o
     UNION ALL
     SELECT o.id, ${personId('o.idx', '8')}, 'UNION_REP', NULL, now() - interval '1500 days' FROM scale_org o
     UNION ALL
     SELECT o.id, ${personId('o.idx', '1')}, 'NETWORK_COORDINATOR', NULL, now() - interval '1500 days'
       FROM scale_org o WHERE o.kind = 'FYLKESKOMMUNE' OR o.idx IN (SELECT idx FROM scale_org WHERE kind = 'KOMMUNE' ORDER BY pop DESC LIMIT 3)
     UNION ALL
     SELECT o.id, ${personId('o.idx', '(2 + k)')}, 'MANAGER', ${unitId('o.idx', 'k')}, now() - interval '1500 days'
       FROM scale_org o, generate_series(1, 5) k
     UNION ALL
     SELECT o.id, ${personId('o.idx', '(k + 3)')}, 'MANAGER', ${unitId('o.idx', 'k')}, now() - interval '1500 days'
       FROM scale_org o, generate_series(6, least(5 + o.n_leaves, o.n_people - 3)) k`,
  ]);

  // ---- Networks: one per county, run by the county, its municipalities members; and three
  // national ones run by the three largest municipalities, with a spread of members.
  await run('networks and memberships', [
    `CREATE TEMP TABLE scale_net AS
     SELECT md5('n' || f.idx)::uuid AS id, f.idx AS owner_idx, f.id AS owner, f.fnr, 'Innovasjonsnettverket ' || replace(f.name, ' fylkeskommune', '') AS name,
            'Regionalt nettverk for innovasjon og tjenesteutvikling i kommunene.' AS description, true AS regional
       FROM scale_org f WHERE f.kind = 'FYLKESKOMMUNE'
     UNION ALL
     SELECT md5('n' || o.idx)::uuid, o.idx, o.id, NULL,
            (ARRAY['Velferdsteknologinettverket', 'Nettverk for tjenestedesign', 'Storbynettverket for barnehage og skole'])[o.r],
            'Nasjonalt læringsnettverk: vi deler lærdommer og prøver ut hverandres løsninger.', false
       FROM (SELECT *, row_number() OVER (ORDER BY pop DESC)::int AS r FROM scale_org WHERE kind = 'KOMMUNE') o WHERE o.r <= 3`,
    `INSERT INTO networks (id, organisation_id, name, description, coordinator_id, created_at)
     SELECT n.id, n.owner, n.name, n.description, ${personId('n.owner_idx', '1')}, now() - interval '1550 days' FROM scale_net n`,
    `INSERT INTO network_memberships (network_id, organisation_id, status, invited_by_id, invited_at, responded_by_id, responded_at)
     SELECT n.id, o.id, s.status, ${personId('n.owner_idx', '1')}, now() - interval '1540 days',
            CASE WHEN s.status <> 'INVITED' THEN ${personId('o.idx', '1')} END,
            CASE WHEN s.status <> 'INVITED' THEN now() - interval '1530 days' END
       FROM scale_net n JOIN scale_org o ON o.idx <> n.owner_idx
        AND (n.regional AND o.fnr = n.fnr AND o.kind = 'KOMMUNE'
             OR NOT n.regional AND (o.pop > 40000 OR ${H('o.idx', 4)} % 10 = 0))
      CROSS JOIN LATERAL (SELECT CASE WHEN ${H('o.idx * 7 + n.owner_idx', 5)} % 100 < 94 THEN 'MEMBER'
                                      WHEN ${H('o.idx * 7 + n.owner_idx', 5)} % 100 < 97 THEN 'INVITED' ELSE 'DECLINED' END AS status) s`,
  ]);

  // ---- Challenges (utfordringer): some per organisation; a county's go to its network.
  await run('challenges', [
    `INSERT INTO challenges (id, organisation_id, network_id, title, need, concerns, deadline, state, created_by_id, closed_at, created_at, updated_at)
     SELECT md5('c' || o.idx || '-' || k)::uuid, o.id, CASE WHEN o.kind = 'FYLKESKOMMUNE' THEN md5('n' || o.idx)::uuid END,
            ${ucfirst(`(${arr2(W.objects('nb', 0))})[1 + ${H('o.idx * 1000 + k', 6)} % 7][1 + ${H('o.idx * 1000 + k', 7)} % 12]`)}
              || ': hvordan kan vi gi ' || ${arr(W.TARGETS.nb)}[1 + ${H('o.idx * 1000 + k', 8)} % 12] || ' ' || ${arr(W.AIMS.nb)}[1 + ${H('o.idx * 1000 + k', 9)} % 10] || '?',
            'Vi ber ansatte og innbyggere om forslag til hvordan vi kan løse dette sammen.',
            ${arr(W.TARGETS.nb)}[1 + ${H('o.idx * 1000 + k', 8)} % 12],
            (ch.created + interval '90 days')::date,
            CASE WHEN ch.created + interval '90 days' < now() THEN 'CLOSED' ELSE 'OPEN' END,
            ${personId('o.idx', '1')},
            CASE WHEN ch.created + interval '90 days' < now() THEN ch.created + interval '90 days' END,
            ch.created, ch.created
       FROM scale_org o, generate_series(1, o.n_ch) k,
            LATERAL (SELECT now() - (60 + ${H('o.idx * 1000 + k', 10)} % 1400) * interval '1 day' AS created) ch`,
  ]);

  // ---- The experiments' attributes, once (everything below reads them).
  const e = (salt: number) => H('x.g', salt);
  await run('plan experiments', [
    `CREATE UNLOGGED TABLE scale_exp AS
     SELECT x.*,
            CASE WHEN x.r_state < 12 THEN 'PLANNED' WHEN x.r_state < 40 THEN 'RUNNING'
                 WHEN x.r_state < 85 THEN 'CONCLUDED' ELSE 'STOPPED' END AS state,
            x.created + x.s_days * interval '1 day' + interval '3 hours' AS started,
            x.created + (x.s_days + least(x.dur, x.age - x.s_days - 2)) * interval '1 day' + interval '5 hours' AS ended
       FROM (SELECT o.idx, o.id AS org, o.nn AS nn_share, o.n_people, o.n_leaves, k, o.exp_start + k AS g,
                    md5('e' || (o.exp_start + k))::uuid AS id,
                    ${H('o.exp_start + k', 1)} % 100 AS r_state,
                    40 + ${H('o.exp_start + k', 2)} % 1420 AS age,
                    3 + ${H('o.exp_start + k', 4)} % 30 AS s_days,
                    20 + ${H('o.exp_start + k', 5)} % 300 AS dur,
                    1 + ${H('o.exp_start + k', 7)} % o.n_leaves AS leaf,
                    1 + ${H('o.exp_start + k', 8)} % o.n_people AS owner_k,
                    ${H('o.exp_start + k', 9)} % 100 < o.nn AS nn,
                    now() - (40 + ${H('o.exp_start + k', 2)} % 1420) * interval '1 day' - ${H('o.exp_start + k', 3)} % 86400 * interval '1 second' AS created
               FROM scale_org o, generate_series(1, o.n_exp) k) x`,
    `ALTER TABLE scale_exp ADD COLUMN sector int, ADD COLUMN th int, ADD COLUMN has_idea boolean, ADD COLUMN has_lesson boolean`,
    // A leaf's sector is ((leaf - 1) % 5) + 1; the theme follows the sector.
    `UPDATE scale_exp x SET sector = (x.leaf - 1) % 5 + 1,
            th = CASE (x.leaf - 1) % 5 WHEN 0 THEN 1 WHEN 1 THEN 2 + ${e(12)} % 2 WHEN 2 THEN 4 + ${e(12)} % 2 WHEN 3 THEN 6 ELSE 7 END,
            has_idea = ${e(30)} % 100 < 70 AND x.k <= (SELECT n_ideas FROM scale_org WHERE idx = x.idx),
            has_lesson = x.state IN ('CONCLUDED', 'STOPPED') AND ${e(20)} % 100 < 35`,
    `ALTER TABLE scale_exp ADD PRIMARY KEY (g)`,
    `ANALYZE scale_exp`,
  ]);

  // Text: bokmål or nynorsk per row (x.nn), object x.th / oi, templates by hash.
  const OBJ = (form: 0 | 1, i: string) =>
    `(CASE WHEN x.nn THEN ${arr2(W.objects('nn', form))} ELSE ${arr2(W.objects('nb', form))} END)[x.th][1 + (${i}) % ${W.OBJECTS_PER_THEME}]`;
  const text = (g: string, s: number) => {
    const obj = OBJ(0, H(g, s));
    const def = OBJ(1, H(g, s));
    const verb = pick(W.VERBS.nb, W.VERBS.nn, H(g, s + 1));
    const tool = pick(W.TOOLS.nb, W.TOOLS.nn, H(g, s + 2));
    const target = pick(W.TARGETS.nb, W.TARGETS.nn, H(g, s + 3));
    const aim = pick(W.AIMS.nb, W.AIMS.nn, H(g, s + 4));
    const place = `${arr(W.PLACES)}[1 + ${H(g, s + 5)} % ${W.PLACES.length}]`;
    const nb = (a: string, b: string) => `CASE WHEN x.nn THEN ${q(b)} ELSE ${q(a)} END`;
    const title = `left(CASE ${H(g, s + 6)} % 7
        WHEN 0 THEN ${verb} || ' ' || ${obj}
        WHEN 1 THEN ${nb('Bedre ', 'Betre ')} || ${def} || ' i ' || ${place}
        WHEN 2 THEN ${ucfirst(obj)} || ' med ' || ${tool}
        WHEN 3 THEN ${nb('Kortere ventetid på ', 'Kortare ventetid på ')} || ${obj}
        WHEN 4 THEN ${verb} || ' ' || ${obj} || ' for ' || ${target}
        WHEN 5 THEN ${ucfirst(obj)} || ': ' || ${aim}
        ELSE ${nb('Fra idé til drift: ', 'Frå idé til drift: ')} || ${obj} || ' i ' || ${place} END, 140)`;
    return { obj, def, verb, tool, target, aim, place, title, nb };
  };

  // ---- Ideas. Idea k of an organisation with k ≤ its experiments and has_idea is the approved
  // idea behind experiment k (same unit, author, theme, text); the rest are drawn.
  const ti = text('x.g', 40);
  await run('ideas', [
    `INSERT INTO ideas (id, organisation_id, unit_id, author_id, title, need_whose, need_observed, proposal, benefit, actions, sdgs,
                        theme, hide_author, state, version, submitted_at, decided_at, decided_by_id, decision_reason, experiment_id,
                        challenge_id, created_at, updated_at)
     SELECT md5('i' || x.g)::uuid, x.org, ${unitId('x.idx', '(5 + x.leaf)')}, ${personId('x.idx', 'x.author_k')},
            ${ti.title}, ${ti.target},
            ${ti.nb('I dag venter ', 'I dag ventar ')} || ${ti.target} || ${ti.nb(' for lenge på ', ' for lenge på ')} || ${ti.def}
              || CASE WHEN x.g % 2 = 0 THEN ' i kommunen' ELSE '' END || CASE WHEN x.g % 10000 = 7 THEN ' ved fyrlykta' ELSE '' END || '.',
            ${ti.nb('Vi foreslår å ', 'Vi føreslår å ')} || lower(${ti.verb}) || ' ' || ${ti.obj} || ' med ' || ${ti.tool} || '.',
            ${ucfirst(ti.aim)} || '.',
            ARRAY[${arr(W.ACTIONS)}[1 + ${H('x.g', 50)} % 5]], ARRAY[(1 + ${H('x.g', 51)} % 17)::smallint],
            ${arr([...W.THEME_ORDER])}[x.th], ${H('x.g', 52)} % 20 = 0, x.state, 1,
            CASE WHEN x.state <> 'DRAFT' THEN x.submitted END,
            CASE WHEN x.state IN ('APPROVED', 'DECLINED', 'PARKED') THEN x.decided END,
            CASE WHEN x.state IN ('APPROVED', 'DECLINED', 'PARKED') THEN ${personId('x.idx', '(2 + x.sector)')} END,
            CASE WHEN x.state = 'DECLINED' THEN ${ti.nb('Vi har ikke kapasitet til dette nå.', 'Vi har ikkje kapasitet til dette no.')}
                 WHEN x.state = 'PARKED' THEN ${ti.nb('Vi venter til neste budsjettår.', 'Vi ventar til neste budsjettår.')} END,
            x.experiment_id, x.challenge_id, x.created, greatest(x.created, coalesce(x.decided, x.submitted, x.created))
       FROM (SELECT i.*,
                    CASE WHEN e.g IS NOT NULL THEN 'APPROVED'
                         WHEN i.r < 12 THEN 'DRAFT' WHEN i.r < 55 THEN 'SUBMITTED' WHEN i.r < 80 THEN 'DECLINED' ELSE 'PARKED' END AS state,
                    e.id AS experiment_id,
                    coalesce(e.leaf, 1 + ${H('i.g', 41)} % i.n_leaves) AS leaf,
                    coalesce(e.owner_k, 1 + ${H('i.g', 42)} % i.n_people) AS author_k,
                    coalesce(e.nn, ${H('i.g', 44)} % 100 < i.nn_share) AS nn,
                    e.created AS e_created, e.th AS e_th,
                    -- approved: proposed 3–32 days before its experiment was created; with a
                    -- challenge: during it; the others drawn in the last four years
                    coalesce(e.created - (3 + ${H('i.g', 45)} % 30) * interval '1 day',
                             least(ch.created + interval '1 hour' + ${H('i.g', 46)} % 80 * interval '1 day', now() - interval '5 days'),
                             now() - (40 + ${H('i.g', 47)} % 1420) * interval '1 day') AS created,
                    CASE WHEN e.g IS NULL AND ${H('i.g', 48)} % 25 = 0 THEN ch.id END AS challenge_id
               FROM (SELECT o.idx, o.id AS org, o.nn AS nn_share, o.n_people, o.n_leaves, o.n_ch, o.exp_start, k,
                            o.idea_start + k AS g, ${H('o.idea_start + k', 49)} % 100 AS r
                       FROM scale_org o, generate_series(1, o.n_ideas) k) i
               LEFT JOIN scale_exp e ON e.g = i.exp_start + i.k AND e.idx = i.idx AND e.has_idea
               LEFT JOIN LATERAL (SELECT md5('c' || i.idx || '-' || (1 + ${H('i.g', 53)} % i.n_ch))::uuid AS id,
                                         now() - (60 + ${H(`i.idx * 1000 + (1 + ${H('i.g', 53)} % i.n_ch)`, 10)} % 1400) * interval '1 day' AS created
                                   WHERE e.g IS NULL AND ${H('i.g', 48)} % 25 = 0) ch ON true) y
      CROSS JOIN LATERAL (SELECT y.*, (y.leaf - 1) % 5 + 1 AS sector,
                                 coalesce(y.e_th, CASE (y.leaf - 1) % 5 WHEN 0 THEN 1 WHEN 1 THEN 2 + ${H('y.g', 56)} % 2 WHEN 2 THEN 4 + ${H('y.g', 56)} % 2 WHEN 3 THEN 6 ELSE 7 END) AS th,
                                 y.created + interval '1 hour' + ${H('y.g', 54)} % 3 * interval '1 day' AS submitted,
                                 coalesce(y.e_created, least(y.created + (3 + ${H('y.g', 55)} % 30) * interval '1 day', now() - interval '1 hour')) AS decided) x`,
  ]);

  // ---- Experiments.
  const te = text('x.g', 60);
  const results = `(ARRAY['SUPPORTED', 'SUPPORTED', 'SUPPORTED', 'NOT_SUPPORTED', 'NOT_SUPPORTED', 'INCONCLUSIVE', 'INCONCLUSIVE'])[1 + ${H('x.g', 70)} % 7]`;
  await run('experiments', [
    `INSERT INTO experiments (id, organisation_id, unit_id, idea_id, title, summary, owner_id, state, version, change, target_group,
                              expected_effect, metric, baseline, target, by_date, acceptable_loss, hours, nok, affects_employees,
                              actions, sdgs, theme, started_at, ended_at, result, stop_reason, card_believed, card_observed,
                              card_learned, card_next_step, created_at, updated_at)
     SELECT x.id, x.org, ${unitId('x.idx', '(5 + x.leaf)')},
            CASE WHEN x.has_idea THEN md5('i' || (o.idea_start + x.k))::uuid END,
            CASE WHEN x.has_idea THEN i.title ELSE ${te.title} END,
            ${te.nb('Vi vil ', 'Vi vil ')} || lower(${te.verb}) || ' ' || ${te.def} || ${te.nb(' slik at ', ' slik at ')} || ${te.target}
              || ${te.nb(' får ', ' får ')} || ${te.aim} || CASE WHEN x.g % 2 = 1 THEN ${te.nb(' i hele kommunen', ' i heile kommunen')} ELSE '' END || '.',
            ${personId('x.idx', 'x.owner_k')}, x.state, 1,
            ${te.nb('Vi tar i bruk ', 'Vi tek i bruk ')} || ${te.tool} || ' i ' || ${te.def} || CASE WHEN x.g % 10000 = 17 THEN ' ved fyrlykta' ELSE '' END || '.',
            ${te.target}, ${ucfirst(te.aim)},
            ${pick(['Ventetid i dager', 'Antall avvik per måned', 'Andel fornøyde brukere', 'Timer brukt per uke', 'Kostnad per sak'], ['Ventetid i dagar', 'Tal på avvik per månad', 'Del nøgde brukarar', 'Timar brukt per veke', 'Kostnad per sak'], H('x.g', 71))},
            20 + ${H('x.g', 72)} % 80, 10 + ${H('x.g', 73)} % 40, (x.created + (x.s_days + x.dur) * interval '1 day')::date,
            ${te.nb('Inntil 40 timer og 50 000 kroner.', 'Inntil 40 timar og 50 000 kroner.')},
            ${H('x.g', 74)} % 120, ${H('x.g', 75)} % 200 * 1000, ${H('x.g', 76)} % 100 < 35,
            CASE WHEN ${H('x.g', 77)} % 3 = 0 THEN ARRAY[${arr(W.ACTIONS)}[1 + ${H('x.g', 78)} % 5], ${arr(W.ACTIONS)}[1 + (${H('x.g', 78)} + 2) % 5]]
                 ELSE ARRAY[${arr(W.ACTIONS)}[1 + ${H('x.g', 78)} % 5]] END,
            ARRAY[(1 + ${H('x.g', 79)} % 17)::smallint], ${arr([...W.THEME_ORDER])}[x.th],
            CASE WHEN x.state <> 'PLANNED' THEN x.started END,
            CASE WHEN x.state IN ('CONCLUDED', 'STOPPED') THEN x.ended END,
            CASE WHEN x.state = 'CONCLUDED' THEN ${results} END,
            CASE WHEN x.state = 'STOPPED' THEN ${te.nb('Stoppet fordi ', 'Stoppa fordi ')} ||
              ${pick(['leverandøren trakk seg', 'vi manglet ansatte', 'budsjettet ble kuttet', 'brukerne ikke ønsket det'], ['leverandøren trekte seg', 'vi mangla tilsette', 'budsjettet vart kutta', 'brukarane ikkje ønskte det'], H('x.g', 80))} || '.' END,
            CASE WHEN x.state IN ('CONCLUDED', 'STOPPED') THEN ${te.nb('Vi trodde at ', 'Vi trudde at ')} || ${te.tool} || ${te.nb(' ville gi ', ' ville gje ')} || ${te.aim} || '.' END,
            CASE WHEN x.state IN ('CONCLUDED', 'STOPPED') THEN ${te.nb('Vi så at ', 'Vi såg at ')} || ${te.target} || ' brukte ' || ${te.def} || ${te.nb(' oftere.', ' oftare.')} END,
            CASE WHEN x.state IN ('CONCLUDED', 'STOPPED') THEN
              CASE WHEN ${H('x.g', 70)} % 7 < 3 THEN ${te.nb('Det virker: ', 'Det verkar: ')} ELSE ${te.nb('Det virket ikke som vi trodde: ', 'Det verka ikkje som vi trudde: ')} END
              || ${te.def} || ${te.nb(' krever tett oppfølging av ', ' krev tett oppfølging av ')} || ${te.target} || '.' END,
            CASE WHEN x.state IN ('CONCLUDED', 'STOPPED') THEN (ARRAY['SCALE', 'ADJUST_AND_RETRY', 'STOP', 'HAND_OVER'])[1 + ${H('x.g', 81)} % 4] END,
            x.created, CASE WHEN x.state IN ('CONCLUDED', 'STOPPED') THEN x.ended WHEN x.state = 'RUNNING' THEN x.started ELSE x.created END
       FROM scale_exp x JOIN scale_org o ON o.idx = x.idx
       LEFT JOIN ideas i ON x.has_idea AND i.id = md5('i' || (o.idea_start + x.k))::uuid`,
  ]);

  // ---- Team, partners, union involvement, measurements, learning log.
  const started = `x.state <> 'PLANNED'`;
  const span = `(coalesce(x.ended, now() - interval '1 hour')::date - x.started::date)`;
  const tl = text('x.g', 60);
  const avg = (NL / Math.max(1, N * 0.88)).toFixed(4);
  await run('team members', [
    `INSERT INTO experiment_members (organisation_id, experiment_id, person_id, created_at)
     SELECT x.org, x.id, ${personId('x.idx', '(1 + (x.owner_k + j - 1) % x.n_people)')}, x.created + j * interval '1 minute'
       FROM scale_exp x, generate_series(1, 1 + ${H('x.g', 90)} % 3) j`,
  ]);
  await run('partners', [
    `INSERT INTO experiment_partners (organisation_id, experiment_id, kind, name, role, created_at)
     SELECT x.org, x.id, (${arr(W.PARTNERS.map((p) => p[0]))})[p], (${arr(W.PARTNERS.map((p) => p[1]))})[p],
            CASE WHEN x.nn THEN 'Samarbeidspartnar' ELSE 'Samarbeidspartner' END, x.created + j * interval '1 minute'
       FROM scale_exp x, generate_series(1, ${H('x.g', 91)} % 4) j,
            LATERAL (SELECT 1 + (${H('x.g', 92)} + j * 5) % ${W.PARTNERS.length} AS p) pp`,
  ]);
  await run('union involvements', [
    `INSERT INTO union_involvements (organisation_id, experiment_id, occurred_on, who, what_was_said, recorded_by_id, created_at)
     SELECT x.org, x.id, (x.started - (1 + ${H('x.g', 93)} % 2) * interval '1 day')::date,
            'Hovedtillitsvalgt Fagforbundet', 'Drøftet arbeidstid og opplæring før oppstart.', ${personId('x.idx', 'x.owner_k')},
            x.started - interval '1 day'
       FROM scale_exp x JOIN experiments e ON e.id = x.id
      WHERE e.affects_employees AND ${H('x.g', 94)} % 100 < 80 AND x.s_days >= 3`,
  ]);
  await run('measurements', [
    `INSERT INTO measurements (organisation_id, experiment_id, measured_on, value, note, recorded_by_id, created_at)
     SELECT x.org, x.id, x.started::date + (j * ${span}) / (n + 1), round((50 - j * 3 + ${H('x.g', 96)} % 10)::numeric, 1),
            CASE WHEN j = 1 THEN 'Første måling' ELSE '' END, ${personId('x.idx', 'x.owner_k')},
            x.started + ((j * ${span}) / (n + 1)) * interval '1 day' + interval '1 hour'
       FROM scale_exp x, LATERAL (SELECT (${H('x.g', 95)} % 7)::int AS n) c, generate_series(1, c.n) j
      WHERE ${started} AND ${span} >= 2`,
  ]);
  await run('learning log', [
    `INSERT INTO learning_entries (organisation_id, experiment_id, author_id, kind, text, entry_date, version, created_at, updated_at)
     SELECT x.org, x.id, ${personId('x.idx', '(1 + (x.owner_k + j % 3 - 1) % x.n_people)')}, (${arr(W.LOG_KINDS)})[1 + kd],
            replace(replace(replace(replace((CASE WHEN x.nn THEN ${arr(W.LOG.nn)} ELSE ${arr(W.LOG.nb)} END)[1 + kd],
              '{obj}', ${tl.def}), '{target}', ${tl.target}), '{tool}', ${tl.tool}), '{n}', (1 + j)::text),
            d, 1, least(d + interval '15 hours', now()), least(d + interval '15 hours', now())
       FROM scale_exp x,
            LATERAL (SELECT greatest(1, round(${avg} * (0.3 + 1.4 * (${H('x.g', 97)} % 1000) / 1000.0)))::int AS n) c,
            generate_series(1, c.n) j,
            LATERAL (SELECT (${H('x.g * 64 + j', 98)} % 5)::int AS kd, x.started::date + (j * greatest(${span}, 0)) / (c.n + 1) AS d) k
      WHERE ${started}`,
  ]);

  // ---- Lessons: about a third of the concluded and stopped experiments.
  const tn = text('x.g', 60);
  await run('lessons', [
    `CREATE TEMP TABLE scale_member AS
       SELECT org, array_agg(network_id ORDER BY network_id) AS nets
         FROM (SELECT m.organisation_id AS org, m.network_id FROM network_memberships m WHERE m.status = 'MEMBER'
               UNION SELECT n.organisation_id, n.id FROM networks n) x GROUP BY org`,
    `CREATE UNIQUE INDEX ON scale_member (org); ANALYZE scale_member; CREATE INDEX ON scale_exp (id) WHERE has_lesson`,
    `INSERT INTO lessons (id, organisation_id, unit_id, experiment_id, state, reach, network_ids, version, title, summary, what_worked,
                          what_did_not, advice, conditions, tags, contact_person_id, contact_name, experiment_state, result,
                          actions, sdgs, theme, partner_kinds, experiment_summary, adoption_count, created_by_id, published_at,
                          withdrawn_at, withdrawn_reason, created_at, updated_at)
     SELECT md5('l' || x.g)::uuid, x.org, e.unit_id, e.id, y.state, y.reach,
            CASE WHEN y.reach = 'NETWORK' THEN y.nets ELSE '{}' END, 1 + (y.state <> 'DRAFT')::int,
            e.title, e.card_learned,
            ${tn.nb('Det som virket: ', 'Det som verka: ')} || ${tn.tool} || ${tn.nb(' og tett oppfølging av ', ' og tett oppfølging av ')} || ${tn.target}
              || CASE WHEN x.g % 10000 = 300 THEN ' ved fyrlykta' ELSE '' END || '.',
            ${tn.nb('Det som ikke virket: for lite tid til opplæring i ', 'Det som ikkje verka: for lite tid til opplæring i ')} || ${tn.def} || '.',
            ${tn.nb('Start smått, involver tillitsvalgte tidlig og mål fra første uke.', 'Start smått, involver tillitsvalde tidleg og mål frå første veke.')},
            ${tn.nb('Krever en leder som prioriterer det og ', 'Krev ein leiar som prioriterer det og ')} || ${tn.tool} || '.',
            CASE WHEN ${H('x.g', 100)} % 2 = 0 THEN ARRAY[${arr(W.TAGS)}[1 + ${H('x.g', 101)} % ${W.TAGS.length}]] ELSE '{}' END,
            CASE WHEN y.contact THEN e.owner_id END, CASE WHEN y.contact THEN p.name END,
            e.state, e.result, e.actions, e.sdgs, e.theme, coalesce(pk.kinds, '{}'),
            CASE WHEN y.state = 'DRAFT' THEN '{}'::jsonb ELSE jsonb_build_object(
              'title', e.title,
              'hypothesis', jsonb_build_object('change', e.change, 'targetGroup', e.target_group, 'expectedEffect', e.expected_effect,
                                               'metric', e.metric, 'baseline', e.baseline, 'target', e.target, 'byDate', e.by_date),
              'state', e.state, 'result', e.result, 'stopReason', e.stop_reason,
              'learningCard', jsonb_build_object('believed', coalesce(e.card_believed, ''), 'observed', coalesce(e.card_observed, ''),
                                                 'learned', coalesce(e.card_learned, ''), 'nextStep', e.card_next_step),
              'measurements', coalesce(ms.m, '[]'), 'partnerKinds', to_jsonb(coalesce(pk.kinds, '{}')),
              'actions', to_jsonb(e.actions), 'sdgs', to_jsonb(e.sdgs), 'theme', e.theme,
              'tags', to_jsonb(CASE WHEN ${H('x.g', 100)} % 2 = 0 THEN ARRAY[${arr(W.TAGS)}[1 + ${H('x.g', 101)} % ${W.TAGS.length}]] ELSE '{}' END),
              'startedAt', e.started_at, 'endedAt', e.ended_at,
              'organisation', jsonb_build_object('name', o.name, 'kommunenummer', o.kommunenummer, 'fylkesnummer', o.fylkesnummer)) END,
            0, e.owner_id,
            CASE WHEN y.state <> 'DRAFT' THEN y.created + (1 + ${H('x.g', 102)} % 10) * interval '1 day' END,
            CASE WHEN y.state = 'WITHDRAWN' THEN y.created + (12 + ${H('x.g', 103)} % 20) * interval '1 day' END,
            CASE WHEN y.state = 'WITHDRAWN' THEN ${tn.nb('Tallene viste seg å være feil.', 'Tala viste seg å vere feil.')} END,
            y.created, y.created
       FROM scale_exp x
       JOIN experiments e ON e.id = x.id
       JOIN organisations o ON o.id = x.org
       JOIN persons p ON p.id = e.owner_id
       -- Aggregated by hash join (the experiment_id indexes are rebuilt only after the load).
       LEFT JOIN (SELECT pa.experiment_id, array_agg(DISTINCT pa.kind ORDER BY pa.kind) AS kinds
                    FROM experiment_partners pa JOIN scale_exp l ON l.id = pa.experiment_id AND l.has_lesson GROUP BY 1) pk
              ON pk.experiment_id = e.id
       LEFT JOIN (SELECT me.experiment_id,
                         jsonb_agg(jsonb_build_object('measuredOn', me.measured_on, 'value', me.value) ORDER BY me.measured_on, me.created_at) AS m
                    FROM measurements me JOIN scale_exp l ON l.id = me.experiment_id AND l.has_lesson GROUP BY 1) ms
              ON ms.experiment_id = e.id
       CROSS JOIN LATERAL (
         SELECT CASE WHEN r < 20 THEN 'DRAFT' WHEN r < 95 THEN 'PUBLISHED' ELSE 'WITHDRAWN' END AS state,
                CASE WHEN rr < 15 THEN 'UNIT' WHEN rr < 50 THEN 'ORGANISATION'
                     WHEN rr < 70 AND nets IS NOT NULL THEN 'NETWORK' WHEN rr < 70 THEN 'ORGANISATION' ELSE 'PUBLIC' END AS reach,
                nets, ${H('x.g', 104)} % 5 = 0 AS contact,
                least(e.ended_at + (1 + ${H('x.g', 105)} % 20) * interval '1 day', now() - interval '35 days') AS created
           FROM (SELECT ${H('x.g', 107)} % 100 AS r, ${H('x.g', 108)} % 100 AS rr,
                        (SELECT sm.nets FROM scale_member sm WHERE sm.org = x.org) AS nets) z) y
      WHERE x.has_lesson`,
    // A lesson is written after its experiment ended; one that ended in the last 40 days waits.
    `DELETE FROM lessons l USING experiments e WHERE e.id = l.experiment_id AND l.created_at <= e.ended_at`,
  ]);

  // ---- Adoptions: about one experiment in forty (and some ideas) started from a public lesson of
  // another organisation published before it; lineage and adoption_count as the product keeps them.
  await run('adoptions', [
    `CREATE TEMP TABLE scale_src AS
       SELECT row_number() OVER (ORDER BY published_at, id) AS rn, id, organisation_id AS org, experiment_id, published_at
         FROM lessons WHERE state = 'PUBLISHED' AND reach = 'PUBLIC'`,
    `CREATE INDEX ON scale_src (published_at); CREATE UNIQUE INDEX ON scale_src (rn); ANALYZE scale_src`,
    `CREATE TEMP TABLE scale_adopt AS
       SELECT a.*, s.id AS lesson, s.org AS source_org
         FROM (SELECT 'E' AS what, x.org, e.unit_id, e.id AS experiment_id, e.idea_id, e.owner_id AS by,
                      coalesce((SELECT i.created_at FROM ideas i WHERE i.id = e.idea_id), e.created_at) AS at,
                      CASE e.state WHEN 'PLANNED' THEN 'PLANNED' WHEN 'RUNNING' THEN 'RUNNING' WHEN 'CONCLUDED' THEN 'CONCLUDED' ELSE 'STOPPED' END AS state,
                      ${H('x.g', 110)} AS h
                 FROM scale_exp x JOIN experiments e ON e.id = x.id WHERE ${H('x.g', 111)} % 40 = 0
               UNION ALL
               SELECT 'I', i.organisation_id, i.unit_id, NULL, i.id, i.author_id, i.created_at,
                      CASE WHEN i.state IN ('DRAFT', 'SUBMITTED') THEN 'PROPOSED' ELSE 'DECLINED' END,
                      abs(hashtext(i.id::text))
                 FROM ideas i WHERE i.experiment_id IS NULL AND abs(hashtext(i.id::text || 'a')) % 80 = 0) a
         CROSS JOIN LATERAL (SELECT rn FROM scale_src WHERE published_at < a.at ORDER BY published_at DESC LIMIT 1) n
         JOIN scale_src s ON s.rn = 1 + a.h % n.rn
        WHERE s.org <> a.org`,
    `INSERT INTO adoptions (organisation_id, unit_id, experiment_id, idea_id, source_lesson_id, source_organisation_id, lineage, state,
                            created_by_id, created_at, updated_at)
     SELECT org, unit_id, experiment_id, idea_id, lesson, source_org, ARRAY[lesson], state, by, at, at FROM scale_adopt
     ON CONFLICT DO NOTHING`,
  ]);
  // Lineage: the source lesson's own adoption's lineage, then the source (repeated until stable).
  for (let depth = 0; depth < 20; depth++) {
    const r = await c.query(
      `UPDATE adoptions a SET lineage = p.lineage || a.source_lesson_id
         FROM lessons s JOIN adoptions p ON p.experiment_id = s.experiment_id
        WHERE s.id = a.source_lesson_id AND a.lineage IS DISTINCT FROM p.lineage || a.source_lesson_id`,
    );
    if (!r.rowCount) break;
  }
  await run('adoption lineage, counts and sources', [
    `UPDATE experiments e SET source_lesson_id = a.source_lesson_id FROM adoptions a WHERE a.experiment_id = e.id`,
    `UPDATE ideas i SET source_lesson_id = a.source_lesson_id FROM adoptions a WHERE a.idea_id = i.id`,
    `UPDATE lessons l SET adoption_count = n.c
       FROM (SELECT u AS id, count(*)::int AS c FROM adoptions, unnest(lineage) u WHERE state <> 'DECLINED' GROUP BY u) n
      WHERE n.id = l.id`,
    `UPDATE lessons l SET adopted_elsewhere_count = n.c
       FROM (SELECT u AS id, count(*)::int AS c
               FROM adoptions a CROSS JOIN LATERAL unnest(a.lineage) u JOIN lessons s ON s.id = u
              WHERE a.state NOT IN ('DECLINED', 'PROPOSED') AND a.organisation_id <> s.organisation_id GROUP BY u) n
      WHERE n.id = l.id`,
  ]);

  // ---- Backings and comments on ideas.
  await run('idea backings and comments', [
    `INSERT INTO idea_backings (organisation_id, idea_id, person_id, created_at)
     SELECT i.organisation_id, i.id, b.person, coalesce(i.submitted_at, i.created_at) + j * interval '1 hour'
       FROM ideas i JOIN scale_org o ON o.id = i.organisation_id, generate_series(1, abs(hashtext(i.id::text || 'b')) % 3) j,
            LATERAL (SELECT ${personId('o.idx', `(1 + (abs(hashtext(i.id::text)) + j) % o.n_people)`)} AS person) b
      WHERE i.state <> 'DRAFT' AND b.person <> i.author_id
     ON CONFLICT DO NOTHING`,
    `UPDATE ideas i SET backing_count = b.n FROM (SELECT idea_id, count(*)::int AS n FROM idea_backings GROUP BY idea_id) b WHERE b.idea_id = i.id`,
    `INSERT INTO idea_comments (organisation_id, idea_id, author_id, text, created_at)
     SELECT i.organisation_id, i.id, ${personId('o.idx', `(1 + abs(hashtext(i.id::text || 'c')) % o.n_people)`)},
            CASE WHEN abs(hashtext(i.id::text || 'd')) % 2 = 0 THEN 'Godt forslag, vi har samme utfordring hos oss.'
                 ELSE 'Har dere snakket med tillitsvalgte om dette?' END,
            coalesce(i.submitted_at, i.created_at) + interval '2 hours'
       FROM ideas i JOIN scale_org o ON o.id = i.organisation_id
      WHERE i.state <> 'DRAFT' AND abs(hashtext(i.id::text || 'c')) % 3 = 0`,
  ]);

  // ---- Rebuild what was dropped, turn the triggers back on, the vocabulary, statistics.
  const restore = async () => {
    for (const r of saved.rows.filter((x) => x.kind === 'index')) await c.query(r.def);
  };
  {
    const t = performance.now();
    await restore();
    const seconds = (performance.now() - t) / 1000;
    phases.push({ name: 'recreate secondary indexes', seconds });
    log(`  recreate secondary indexes: ${seconds.toFixed(1)} s`);
  }
  await run(
    'recreate foreign keys (validated)',
    saved.rows
      .filter((r) => r.kind === 'fk')
      .map((r) => `ALTER TABLE "${r.tbl}" ADD CONSTRAINT "${r.name}" ${r.def}`),
  );
  await run('search vocabulary (app_search_vocabulary_rebuild)', [
    ...['ideas', 'experiments', 'lessons'].map((t) => `ALTER TABLE ${t} ENABLE TRIGGER search_vocabulary`),
    `ALTER TABLE idea_backings ENABLE TRIGGER idea_backings_count`,
    `SELECT app_search_vocabulary_rebuild()`,
  ]);
  await run('portfolio aggregates (app_portfolio_rebuild)', [
    ...PORTFOLIO_TRIGGERS.map((t) => `ALTER TABLE ${t} ENABLE TRIGGER portfolio_refresh`),
    `SELECT app_portfolio_rebuild()`,
  ]);
  await run('drop plan tables', [`DROP TABLE scale_exp`]);
  await run('vacuum analyze', [`VACUUM (ANALYZE)`]);

  const counts: Record<string, number> = {};
  for (const t of SCALE_TABLES)
    counts[t] = Number((await c.query(`SELECT count(*) AS n FROM ${t}`)).rows[0].n);
  return { phases, seconds: (performance.now() - t0) / 1000, counts };
}
